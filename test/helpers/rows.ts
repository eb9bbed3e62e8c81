/** A batch row for table and ranking tests: a good-fit default, with the fields a test is about. */
import type { BatchRow } from '../../src/batch/row.js';

export const batchRow = (resume: string, score: number, extra: Partial<BatchRow> = {}): BatchRow => ({
  rank: null,
  resume,
  job: 'job.txt',
  jobTitle: 'ML Engineer',
  score,
  verdict: 'good fit',
  band: 'good',
  knockedOut: false,
  missing: [],
  error: null,
  ...extra,
});
