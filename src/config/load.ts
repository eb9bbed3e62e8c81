/** Finds and reads the config file: an explicit `--config`, else the first of CONFIG_FILES in the working directory. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { FitcheckError } from '../errors.js';
import { ConfigProblem, validateConfig, type FitcheckConfig } from './validate.js';

/** Config file names, in the order they are searched; package.json counts only with a "fitcheck" key. */
export const CONFIG_FILES = ['fitcheck.config.json', '.fitcheckrc.json', '.fitcheckrc', 'package.json'] as const;

/** Largest config file fitcheck reads, in bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A config file that cannot be used; exits 2 with the file, the field and the problem. */
export class ConfigError extends FitcheckError {
  constructor(path: string, field: string, problem: string) {
    super(`Unable to use configuration file '${path}': ${field}: ${problem}`, 2);
  }
}

/** A config that was found and validated. */
export interface LoadedConfig {
  /** The file as shown in messages: as given to --config, else relative to the working directory. */
  path: string;
  /** Directory relative paths in the config resolve against. */
  dir: string;
  config: FitcheckConfig;
}

/** Turn a ConfigProblem thrown by `fn` into a ConfigError for `path`. */
export function inConfig<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ConfigProblem) throw new ConfigError(path, err.field, err.problem);
    throw err;
  }
}

function readJson(abs: string, shown: string): unknown {
  let text: string;
  try {
    const info = statSync(abs);
    if (info.isDirectory()) throw new ConfigError(shown, '(root)', 'is a directory, not a file');
    if (info.size > MAX_CONFIG_BYTES)
      throw new ConfigError(shown, '(root)', `the file is larger than ${MAX_CONFIG_BYTES / 1048576} MB`);
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(
      shown,
      '(root)',
      code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'unknown error'})`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(shown, '(root)', `not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
}

/** Load the config for a run in `cwd`; `explicit` is --config's value, false for --no-config. Null when there is none. */
export function loadConfig(cwd: string, explicit?: string | false): LoadedConfig | null {
  if (explicit === false) return null;
  if (explicit !== undefined) {
    const abs = resolve(cwd, explicit);
    const config = inConfig(explicit, () => validateConfig(readJson(abs, explicit)));
    return { path: explicit, dir: dirname(abs), config };
  }
  for (const name of CONFIG_FILES) {
    const abs = join(cwd, name);
    if (!existsSync(abs)) continue;
    const shown = relative(cwd, abs) || name;
    if (name === 'package.json') {
      // A package.json is someone else's file: use it only when it is readable JSON with our key.
      let pkg: unknown;
      try {
        pkg = JSON.parse(readFileSync(abs, 'utf8'));
      } catch {
        return null;
      }
      if (typeof pkg !== 'object' || pkg === null || !('fitcheck' in pkg)) return null;
      const config = inConfig(shown, () => validateConfig((pkg as Record<string, unknown>).fitcheck, 'fitcheck.'));
      return { path: shown, dir: cwd, config };
    }
    return { path: shown, dir: cwd, config: inConfig(shown, () => validateConfig(readJson(abs, shown))) };
  }
  return null;
}
