import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { overBudget, scoreAll } from '../../src/batch/pool.js';
import { rankRows, type BatchRow } from '../../src/batch/row.js';
import type { ScoreSetup } from '../../src/batch/score.js';
import { loadDocument } from '../../src/load/index.js';
import { job } from '../helpers/paths.js';
// @ts-expect-error plain ESM helper shared with the measurement script
import { writeCorpus } from '../helpers/corpus.mjs';

let dir: string;
let paths: string[];
let setup: ScoreSetup;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fitcheck-pool-'));
  paths = writeCorpus(dir, 120);
  const broken = join(dir, 'broken.txt');
  writeFileSync(broken, Buffer.alloc(64));
  paths.splice(60, 0, broken);
  const names = ['discover-senior-lead-ml-engineer', 'senior-ml-engineer-job-profile'];
  const jobs = await Promise.all(
    names.map(async (name) => ({ name, profile: analyzeJob(await loadDocument(job(name))) })),
  );
  setup = { jobs, asOf: '2026-11-01' };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(concurrency: number) {
  const rows: BatchRow[] = [];
  let calls = 0;
  const stats = await scoreAll(paths, setup, concurrency, (r) => {
    calls++;
    rows.push(...r);
  });
  return { rows: rankRows(rows), stats, calls };
}

describe('worker pool', () => {
  it('scores on worker threads exactly what one thread scores, one callback per resume', async () => {
    const one = await collect(1);
    const two = await collect(2);
    expect(one.stats).toEqual({ inMain: 121, onWorkers: 0 });
    expect(two.stats.onWorkers).toBeGreaterThan(0);
    expect(two.stats.inMain + two.stats.onWorkers).toBe(121);
    expect(two.calls).toBe(121);
    expect(two.rows).toEqual(one.rows);
    expect(two.rows).toHaveLength(242);
    expect(two.rows.filter((r) => r.error !== null).map((r) => r.job)).toEqual([
      'discover-senior-lead-ml-engineer',
      'senior-ml-engineer-job-profile',
    ]);
  });
});

describe('worker pool recovery', () => {
  it('retries the files of a worker that died one by one; only the file that kills a worker alone fails', async () => {
    // Paths need not exist: the stand-in worker never reads them, and the main thread only helps with text files.
    const names = Array.from({ length: 40 }, (_, i) => `/nowhere/r${String(i).padStart(2, '0')}.pdf`);
    names[17] = '/nowhere/r17-crash.pdf';
    const rows: BatchRow[] = [];
    const stats = await scoreAll(
      names,
      setup,
      2,
      (r) => rows.push(...r),
      new URL('./fixtures/crashing-worker.mjs', import.meta.url),
    );
    expect(stats.inMain).toBe(0);
    expect(rows).toHaveLength(80);
    const failed = rows.filter((r) => r.error !== null);
    expect(failed.map((r) => r.resume)).toEqual(['/nowhere/r17-crash.pdf', '/nowhere/r17-crash.pdf']);
    expect(failed[0].error).toBe('/nowhere/r17-crash.pdf: internal error: worker stopped with code 3');
    expect(new Set(rows.filter((r) => r.error === null).map((r) => r.resume)).size).toBe(39);
  });
});

describe('per-document time budget', () => {
  // The stand-in worker answers every other file at once and never answers the "hang" one, so only that
  // file can overrun, however busy the machine: 1.5 s is thousands of times what an answer takes. Six
  // files make one-file tasks, so the hang costs two budgets (its task, then its retry alone).
  const BUDGET_MS = 1_500;
  it('stops a worker stuck on one document, gives that file an error row and scores the rest', async () => {
    const names = Array.from({ length: 6 }, (_, i) => `/nowhere/r${String(i).padStart(2, '0')}.pdf`);
    names[3] = '/nowhere/r03-hang.pdf';
    const rows: BatchRow[] = [];
    await scoreAll(
      names,
      setup,
      2,
      (r) => rows.push(...r),
      new URL('./fixtures/hanging-worker.mjs', import.meta.url),
      BUDGET_MS,
    );
    expect(rows).toHaveLength(12);
    const failed = rows.filter((r) => r.error !== null);
    expect(failed.map((r) => r.resume)).toEqual(['/nowhere/r03-hang.pdf', '/nowhere/r03-hang.pdf']);
    expect(failed[0].error).toBe(`/nowhere/r03-hang.pdf: ${overBudget(BUDGET_MS)}`);
    expect(new Set(rows.filter((r) => r.error === null).map((r) => r.resume)).size).toBe(5);
  });
});
