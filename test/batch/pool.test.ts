import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { scoreAll } from '../../src/batch/pool.js';
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
  paths = writeCorpus(dir, 240);
  const broken = join(dir, 'broken.txt');
  writeFileSync(broken, Buffer.alloc(64));
  paths.splice(100, 0, broken);
  const names = ['discover-senior-lead-ml-engineer', 'senior-ml-engineer-job-profile'];
  const jobs = await Promise.all(names.map(async (name) => ({ name, profile: analyzeJob(await loadDocument(job(name))) })));
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
    expect(one.stats).toEqual({ inMain: 241, onWorkers: 0 });
    expect(two.stats.onWorkers).toBeGreaterThan(0);
    expect(two.stats.inMain + two.stats.onWorkers).toBe(241);
    expect(two.calls).toBe(241);
    expect(two.rows).toEqual(one.rows);
    expect(two.rows).toHaveLength(482);
    expect(two.rows.filter((r) => r.error !== null).map((r) => r.job)).toEqual(['discover-senior-lead-ml-engineer', 'senior-ml-engineer-job-profile']);
  });
});
