/** The sample jobs and resumes that ship with fitcheck. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { JOBS_DIR } from '../paths.js';
import { jobTitle } from '../analyze/job.js';

/** Bundled jobs: name (file name without extension), path and title line. */
export function bundledJobs(): { name: string; path: string; title: string }[] {
  return readdirSync(JOBS_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => {
      const path = join(JOBS_DIR, f);
      return { name: basename(f, extname(f)), path, title: jobTitle(readFileSync(path, 'utf8').split('\n')) };
    });
}

/** A job argument: a path as given, or else the name of a bundled job. */
export function resolveJob(arg: string): string {
  if (arg === '-' || existsSync(arg)) return arg;
  const hit = bundledJobs().find((j) => j.name === arg || j.name === basename(arg, extname(arg)));
  return hit ? hit.path : arg;
}
