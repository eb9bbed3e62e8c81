// The fuzz suite: mutated real inputs through run(), in-process. Every case must end in a report
// (exit 0) or a clean error (exit 2, one stderr line, nothing on stdout). Time is not judged (hangs stop
// at the test timeout; super-linear paths are caught at sizes they cannot survive, in regressions/ and the
// regex audit). `npm test` runs a quarter of the cases, `npm run test:fuzz` all of them.
// Replay a failure with FUZZ_SEED=<seed> FUZZ_ONLY='<corpus>#<n>' npx vitest run test/fuzz/fuzz.test.ts
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { job, example } from '../helpers/paths.js';
import { CORPORA } from './cases.js';
import { FUZZ_SCALE, runInProcess, scratch } from './harness.js';
import { fuzzSuite } from './suite.js';

const FIXED_JOB = job('discover-senior-lead-ml-engineer');
const FIXED_RESUME = example('ml-engineer-strong.md');
/** Heap retained after a chunk of cases; a leak (e.g. an ever-growing cache) would pass it. */
const HEAP_BOUND = 256 * 1024 * 1024;

const dir = scratch('inproc');
setFlagsFromString('--expose-gc');
/** A full garbage collection, so the heap check sees what is retained, not what is merely uncollected. */
const gc = runInNewContext('gc') as () => void;

const suite = fuzzSuite(
  CORPORA,
  dir,
  (path, corpus) => (corpus.role === 'resume' ? runInProcess(path, FIXED_JOB) : runInProcess(FIXED_RESUME, path)),
  () => {
    gc();
    expect(process.memoryUsage().heapUsed).toBeLessThan(HEAP_BOUND);
  },
);

describe('fuzz: coverage', () => {
  it('ran at least 800 in-process text and resume-as-code cases', () => {
    if (!suite.only) expect(suite.ran()).toBeGreaterThanOrEqual(Math.round(800 * FUZZ_SCALE));
  });
});
