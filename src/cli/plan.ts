/** Merges the command line with the config file into what one check run does. Flags override the config. */
import { existsSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { CheckOptions } from '../check.js';
import { configuredOptions } from '../config/apply.js';
import { inConfig, type LoadedConfig } from '../config/load.js';
import { UsageError } from '../errors.js';
import { resolveJob } from './bundled.js';
import { parseAsOf, type CheckFlags } from './options.js';

/** A resume or job to load: the path to read and the path to show. */
export interface Source {
  read: string;
  shown: string;
}

/** What one run checks, and which gates apply. */
export interface CheckPlan {
  resume: Source;
  /** One or more jobs; each is checked against the resume, the exit code is the worst. */
  jobs: Source[];
  options: CheckOptions & { asOf: Date };
  minScore?: number;
  failOnKnockout: boolean;
}

/** Messages the tests reuse. */
export const MISSING_RESUME =
  'missing required argument \'resume\' (or set "resume" in a config file). Usage: fitcheck <resume> <job> [options]; try `fitcheck demo` for an example report, `fitcheck --help` for more';
/** Both documents named as `-`. */
export const STDIN_TWICE =
  'standard input (-) can feed only one of the two documents: give the other one as a file (or a bundled job name)';
export const MISSING_JOB = 'missing required argument \'job\' (or set "job"/"jobs" in a config file)';

/** A command-line path: read relative to `cwd`, shown as given. */
function fromArgv(arg: string, cwd: string): Source {
  if (arg === '-' || isAbsolute(arg)) return { read: arg, shown: arg };
  const abs = resolve(cwd, arg);
  // Keep the path as typed when it means the same file from the process's own directory (messages stay short).
  return { read: abs === resolve(arg) ? arg : abs, shown: arg };
}

/** A config path: read relative to the config file, shown relative to `cwd` (so annotations match the repository). */
function fromConfig(arg: string, dir: string, cwd: string): Source {
  if (arg === '-') return { read: arg, shown: arg };
  const abs = resolve(dir, arg);
  return { read: abs, shown: relative(cwd, abs).replace(/\\/g, '/') || arg };
}

/** A job: a file if one exists there, else the name of a bundled job. */
function job(arg: string, base: string, cwd: string, fromCfg: boolean): Source {
  const src = fromCfg ? fromConfig(arg, base, cwd) : fromArgv(arg, cwd);
  if (arg === '-' || existsSync(resolve(base, arg))) return src;
  const bundled = resolveJob(arg);
  // Shown by its place in the package, so JSON does not depend on where fitcheck is installed.
  return bundled === arg ? src : { read: bundled, shown: `jobs/${basename(bundled)}` };
}

/** Combine flags, positional arguments and the config into a plan. */
export function makePlan(
  resumeArg: string | undefined,
  jobArg: string | undefined,
  flags: CheckFlags,
  cfg: LoadedConfig | null,
  now: Date,
  cwd: string,
): CheckPlan {
  const c = cfg?.config ?? {};
  const dir = cfg?.dir ?? cwd;
  const resume =
    resumeArg !== undefined
      ? fromArgv(resumeArg, cwd)
      : c.resume !== undefined
        ? fromConfig(c.resume, dir, cwd)
        : undefined;
  if (!resume) throw new UsageError(MISSING_RESUME);
  const jobs =
    jobArg !== undefined ? [job(jobArg, cwd, cwd, false)] : (c.jobs ?? []).map((j) => job(j, dir, cwd, true));
  if (jobs.length === 0) throw new UsageError(MISSING_JOB);
  if (resume.read === '-' && jobs.some((j) => j.read === '-')) throw new UsageError(STDIN_TWICE);
  const configured = cfg ? inConfig(cfg.path, () => configuredOptions(c)) : undefined;
  const asOf = flags.asOf ?? (c.asOf !== undefined ? parseAsOf(c.asOf, 'asOf') : now);
  return {
    resume,
    jobs,
    options: { asOf, ...configured },
    minScore: flags.minScore ?? c.minScore,
    failOnKnockout: flags.failOnKnockout ?? c.failOnKnockout ?? false,
  };
}
