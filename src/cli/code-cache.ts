/**
 * Compiles the CLI bundle (dist/fitcheck-cli.cjs) with V8's code cache, made by `npm run build` after a few
 * checks ran, so a check neither parses the bundle nor compiles its functions as they first run (Node 20 has
 * no compile cache for it; `module.enableCompileCache` is Node 22's). Without a cache that fits this very
 * bundle, this Node and these V8 flags, the bundle compiles from its source as before: same code, same output.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';
import { codeCacheFile, readCodeCache } from '../load/code-cache-file.js';
import { packagePath } from '../paths.js';
import type { CliIO } from './io.js';
import { setV8Flags, V8_FLAGS } from './v8-flags.js';

/** The CLI bundle, a CommonJS file whose last line names its build (`//# fitcheck-build=<hash>`). */
export const CLI_BUNDLE = packagePath('dist', 'fitcheck-cli.cjs');
/** Its code cache (src/load/code-cache-file.ts). */
export const CLI_CACHE = packagePath('dist', 'fitcheck-cli.cache');
/** The mark before the build hash on the bundle's last line. */
export const BUILD_MARK = '//# fitcheck-build=';

/**
 * Built-ins the bundle loads as it starts. Node's code cache for its own built-ins is refused once a V8 flag has
 * changed V8's flag hash, so a built-in loaded after setV8Flags compiles from its source: these load before it.
 */
const STARTUP_BUILTINS = ['node:os', 'node:tty', 'node:fs/promises'];

/** What the bundle exports: the CLI and the process's streams. */
export interface CliExports {
  run: (argv: string[], io: CliIO) => Promise<number>;
  processIO: () => CliIO;
}

/** The compiled bundle, its script (to make a cache from) and whether a cache was used. */
export interface CompiledCli {
  exports: CliExports;
  script: vm.Script;
  /** `used`: compiled from the cache; `rejected`: V8 refused it; `none`: no cache fits this build. */
  cache: 'used' | 'rejected' | 'none';
}

/** What ties a cache to its bundle: this Node, and the build hash plus length of the bundle's source. */
export function cacheKey(source: string): string {
  const at = source.lastIndexOf(BUILD_MARK);
  const build = at < 0 ? 'unmarked' : source.slice(at + BUILD_MARK.length).trim();
  return [process.version, process.arch, V8_FLAGS.join(','), build, source.length].join(' ');
}

/** The cache's blob when it was made for this key, else undefined. */
export function readCliCache(key: string, path = CLI_CACHE): Buffer | undefined {
  return readCodeCache(path, key)?.[0];
}

/** Compile and run the bundle (with its cache unless `useCache` is false); sets the V8 flags first. */
export function compileCli({ bundle = CLI_BUNDLE, cachePath = CLI_CACHE, useCache = true } = {}): CompiledCli {
  for (const name of STARTUP_BUILTINS) process.getBuiltinModule(name);
  setV8Flags();
  const source = readFileSync(bundle, 'utf8');
  const cachedData = useCache ? readCliCache(cacheKey(source), cachePath) : undefined;
  // The CommonJS wrapper, as require() adds it, and the import() of this module for the bundle's lazy packages
  // (ora, yaml, mammoth): a script compiled from a cache has none of its own on Node 20 (scripts/bundle.mjs).
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __fitcheckImport) {${source}\n})`,
    { filename: bundle, cachedData },
  );
  const module = { exports: {} as CliExports };
  (script.runInThisContext() as (...a: unknown[]) => void)(
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    dirname(bundle),
    (name: string) => import(name),
  );
  const cache = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  return { exports: module.exports, script, cache };
}

/** The cache file's bytes for a bundle that has run (its compiled functions included). */
export function cliCacheFile(script: vm.Script, source: string): Buffer {
  return codeCacheFile(cacheKey(source), [script]);
}
