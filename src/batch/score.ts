/** Scores one resume against every analyzed job: the unit of work a worker thread does. */
import { analyzeResume } from '../analyze/resume.js';
import { defaultTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.js';
import { compareProfiles } from '../check.js';
import { configuredTaxonomy } from '../config/apply.js';
import type { FitcheckConfig } from '../config/validate.js';
import { InputError } from '../errors.js';
import { loadDocument } from '../load/index.js';
import type { Weights } from '../score/weights.js';
import type { JobProfile, LoadedDocument } from '../types.js';
import { clearlyKind } from '../cli/doc-kind.js';
import { errorRow, rowOf, type BatchRow } from './row.js';

/** A job analyzed once in the main thread, shipped to every worker. */
export interface BatchJob {
  /** The job as shown in results (argument or discovered path). */
  name: string;
  profile: JobProfile;
}

/** What every worker needs to score resumes; plain data so it can cross threads. */
export interface ScoreSetup {
  jobs: BatchJob[];
  /** The reference date for "Present", ISO `YYYY-MM-DD`. */
  asOf: string;
  weights?: Weights;
  /** Skills of the posting to leave out (a config's `ignore`, as canonical names). */
  ignore?: string[];
  /** A config's own skills and aliases; each thread compiles them into its dictionary once. */
  vocabulary?: Pick<FitcheckConfig, 'skills' | 'aliases'>;
  /** Score every resume as given, even one that reads clearly as a job posting (`--as-is`). */
  asIs?: boolean;
  /** Keep each pair's full result on its row (`detail`), for reports that show every candidate (HTML). */
  keepResults?: boolean;
}

/** The row problem of a "resume" that reads clearly as a job posting. */
export const READS_AS_POSTING = 'looks like a job posting, not a resume: skipped (--as-is scores it)';

let compiled: { vocabulary: ScoreSetup['vocabulary']; taxonomy: Taxonomy } | null = null;

/** The dictionary for a setup: the bundled one, or with the config's words, compiled once per thread. */
export function taxonomyOf(setup: ScoreSetup): Taxonomy {
  if (!setup.vocabulary) return defaultTaxonomy();
  if (compiled?.vocabulary !== setup.vocabulary)
    compiled = { vocabulary: setup.vocabulary, taxonomy: configuredTaxonomy(setup.vocabulary) };
  return compiled.taxonomy;
}

/** A loaded resume, or the one-line reason it could not be loaded. */
export type Loaded = { doc: LoadedDocument } | { error: string };

/** Load a resume without throwing. */
export async function loadResume(path: string): Promise<Loaded> {
  try {
    return { doc: await loadDocument(path) };
  } catch (err) {
    return { error: describe(path, err) };
  }
}

/** Rows for a loaded resume against every job; never throws. */
export function scoreLoaded(path: string, loaded: Loaded, setup: ScoreSetup): BatchRow[] {
  if ('error' in loaded) return setup.jobs.map((j) => errorRow(path, j.name, j.profile.title, loaded.error));
  if (!setup.asIs && clearlyKind(loaded.doc.text, 'job'))
    return setup.jobs.map((j) => errorRow(path, j.name, j.profile.title, `${path}: ${READS_AS_POSTING}`));
  try {
    const asOf = new Date(`${setup.asOf}T00:00:00Z`);
    const tax = taxonomyOf(setup);
    const resume = analyzeResume(loaded.doc, asOf, tax);
    const options = { asOf, taxonomy: tax, weights: setup.weights, ignore: setup.ignore };
    return setup.jobs.map((j) => rowOf(path, j.name, compareProfiles(resume, j.profile, options), setup.keepResults));
  } catch (err) {
    return setup.jobs.map((j) => errorRow(path, j.name, j.profile.title, describe(path, err)));
  }
}

/** The one-line message of a failure: an InputError's own, else an internal error naming the file. */
export function describe(path: string, err: unknown): string {
  if (err instanceof InputError) return err.message;
  return `${path}: internal error: ${err instanceof Error ? err.message : String(err)}`;
}
