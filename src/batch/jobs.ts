/** Loads and analyzes the jobs of a batch once, in the main thread, before any resume is read. */
import { analyzeJob } from '../analyze/job.js';
import { defaultTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.js';
import { InputError } from '../errors.js';
import { loadDocument, type LoadOptions } from '../load/index.js';
import { discover } from './discover.js';
import type { BatchJob } from './score.js';
import { describe } from './score.js';

/** A job from a folder or pattern that could not be read; its pairs become error rows. */
export interface FailedJob {
  name: string;
  error: string;
}

/** Analyzed jobs and the ones that failed. */
export interface LoadedJobs {
  jobs: BatchJob[];
  failed: FailedJob[];
}

/**
 * Load job arguments: files, folders, patterns or bundled names (`resolve` maps a name to its path).
 * A job named explicitly that cannot be read stops the batch (InputError); one found in a folder is reported and skipped.
 */
export async function loadJobs(
  args: string[],
  resolve: (arg: string) => string,
  load: LoadOptions = {},
  tax: Taxonomy = defaultTaxonomy(),
): Promise<LoadedJobs> {
  const out: LoadedJobs = { jobs: [], failed: [] };
  const bundled = args.filter((a) => resolve(a) !== a);
  const found = await discover(args.filter((a) => a !== '-' && resolve(a) === a));
  const entries = [
    ...(args.includes('-') ? [{ name: '-', path: '-', explicit: true }] : []),
    ...bundled.map((a) => ({ name: a, path: resolve(a), explicit: true })),
    ...found.map((f) => ({ name: f.path, path: f.path, explicit: f.explicit })),
  ];
  if (entries.length === 0) throw new InputError(args.join(' '), 'no job postings found');
  for (const e of entries) {
    try {
      out.jobs.push({ name: e.name, profile: analyzeJob(await loadDocument(e.path, load), tax) });
    } catch (err) {
      if (e.explicit) throw err;
      out.failed.push({ name: e.name, error: describe(e.path, err) });
    }
  }
  return out;
}
