// The fuzz suite: mutated real inputs through run(), in-process. Every case must end in a report
// (exit 0) or a clean error (exit 2, one stderr line, nothing on stdout), within a time bound.
// Replay a failure with FUZZ_SEED=<seed> FUZZ_ONLY='<corpus>#<n>' npx vitest run test/fuzz/fuzz.test.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { job, example } from '../helpers/paths.js';
import { CORPORA } from './cases.js';
import { FUZZ_SCALE, FUZZ_SEED, problemWith, runInProcess, saveFailure, scratch } from './harness.js';
import { caseSeed, rng } from './prng.js';

const CHUNK = 50;
const ONLY = process.env.FUZZ_ONLY;
const FIXED_JOB = job('discover-senior-lead-ml-engineer');
const FIXED_RESUME = example('ml-engineer-strong.md');
/** Heap retained after a chunk of cases; a leak (e.g. an ever-growing cache) would pass it. */
const HEAP_BOUND = 256 * 1024 * 1024;

const dir = scratch('inproc');
setFlagsFromString('--expose-gc');
/** A full garbage collection, so the heap check sees what is retained, not what is merely uncollected. */
const gc = runInNewContext('gc') as () => void;
let total = 0;

for (const [corpus, spec] of Object.entries(CORPORA)) {
  const count = Math.round(spec.cases * FUZZ_SCALE);
  describe(`fuzz: ${corpus}`, () => {
    for (let from = 0; from < count; from += CHUNK) {
      const to = Math.min(count, from + CHUNK);
      it(`cases ${from}-${to - 1} end in a report or a clean error (seed ${FUZZ_SEED})`, async () => {
        const problems: string[] = [];
        for (let i = from; i < to; i++) {
          const label = `${corpus}#${i}`;
          if (ONLY && ONLY !== label) continue;
          const input = spec.make(rng(caseSeed(FUZZ_SEED, corpus, i)));
          const path = join(dir, `case.${input.ext}`);
          writeFileSync(path, input.bytes);
          const o = spec.role === 'resume' ? await runInProcess(path, FIXED_JOB) : await runInProcess(FIXED_RESUME, path);
          total++;
          const problem = problemWith(o);
          if (problem) problems.push(`${label} (${input.how}): ${problem} — input saved to ${saveFailure(`${FUZZ_SEED}-${label}`, input.bytes, input.ext)}`);
        }
        expect(problems).toEqual([]);
        gc();
        expect(process.memoryUsage().heapUsed).toBeLessThan(HEAP_BOUND);
      });
    }
  });
}

describe('fuzz: coverage', () => {
  it('ran at least 800 in-process text and resume-as-code cases', () => {
    if (!ONLY) expect(total).toBeGreaterThanOrEqual(Math.round(800 * FUZZ_SCALE));
  });
});
