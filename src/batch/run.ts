/** Runs a batch: scores every resume against every job on the pool, then ranks the summary rows. */
import type { Discovered } from './discover.js';
import type { FailedJob } from './jobs.js';
import { scoreAll } from './pool.js';
import { compareRows, errorRow, rankRows, RowInterner, type BatchRow } from './row.js';
import type { ScoreSetup } from './score.js';

/** What a batch needs besides its inputs. */
export interface BatchOptions {
  /** Worker threads; 1 scores in the main thread. */
  concurrency: number;
  /** Keep only the best N scored rows. */
  top?: number;
  /** Called once per resume scored or failed. */
  onResume?: () => void;
}

/** Ranked rows and counts for the summary line. */
export interface BatchOutcome {
  rows: BatchRow[];
  /** How many scored pairs got each score 0-100 (all of them, whatever `--top` shows), for gates. */
  histogram: number[];
  /** Scored pairs that were knocked out. */
  knockedOut: number;
  /** Resumes that could not be scored. */
  failedResumes: number;
}

/** Score `resumes` against the analyzed jobs (and error rows for jobs that failed to load), ranked. */
export async function runBatch(
  resumes: Discovered[],
  setup: ScoreSetup,
  failedJobs: FailedJob[],
  options: BatchOptions,
): Promise<BatchOutcome> {
  let rows: BatchRow[] = [];
  const errors: BatchRow[] = [];
  const histogram = new Array<number>(101).fill(0);
  let knockedOut = 0;
  const failed = new Set<string>();
  const interner = new RowInterner();
  await scoreAll(
    resumes.map((r) => r.path),
    setup,
    options.concurrency,
    (pairRows) => {
      for (const row of pairRows) {
        const r = interner.intern(row);
        if (r.error !== null) {
          failed.add(r.resume);
          errors.push(r);
        } else {
          histogram[Math.max(0, Math.min(100, Math.round(r.score!)))]++;
          if (r.knockedOut) knockedOut++;
          rows.push(r);
        }
      }
      // With --top only the best rows can be shown, so memory stays bounded by N rather than the number of files.
      if (options.top !== undefined && rows.length >= 2 * options.top + 256)
        rows = rows.sort(compareRows).slice(0, options.top);
      options.onResume?.();
    },
  );
  for (const j of failedJobs) for (const r of resumes) errors.push(errorRow(r.path, j.name, null, j.error));
  return { rows: rankRows([...rows, ...errors], options.top), histogram, knockedOut, failedResumes: failed.size };
}
