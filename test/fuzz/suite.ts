/** Defines a fuzz suite: each corpus's cases in chunks of tests, replayable by seed and label. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FuzzInput } from './cases.js';
import { FUZZ_SCALE, FUZZ_SEED, problemWith, saveFailure, type Outcome } from './harness.js';
import { caseSeed, rng, type Rng } from './prng.js';

/** Cases per test, so a failure names a small range. */
const CHUNK = 50;
/** FUZZ_ONLY='<corpus>#<n>' replays one case. */
const ONLY = process.env.FUZZ_ONLY;

/** A corpus: how many cases it runs and how case n is made from its own PRNG. */
export interface Corpus {
  cases: number;
  make: (r: Rng) => FuzzInput;
}

/** How a suite runs one case: the case's file path in, the CLI's outcome out. */
export type RunCase<C extends Corpus> = (path: string, corpus: C) => Promise<Outcome>;

/** Describe every corpus's cases; `afterChunk` runs once a chunk has passed (e.g. a heap check). Returns how many cases ran. */
export function fuzzSuite<C extends Corpus>(
  corpora: Record<string, C>,
  dir: string,
  runCase: RunCase<C>,
  afterChunk: () => void = () => {},
): { ran: () => number; only: string | undefined } {
  let ran = 0;
  for (const [name, corpus] of Object.entries(corpora)) {
    const count = Math.round(corpus.cases * FUZZ_SCALE);
    describe(`fuzz: ${name}`, () => {
      for (let from = 0; from < count; from += CHUNK) {
        const to = Math.min(count, from + CHUNK);
        it(`cases ${from}-${to - 1} end in a report or a clean error (seed ${FUZZ_SEED})`, async () => {
          const problems: string[] = [];
          for (let i = from; i < to; i++) {
            const label = `${name}#${i}`;
            if (ONLY && ONLY !== label) continue;
            const input = corpus.make(rng(caseSeed(FUZZ_SEED, name, i)));
            const path = join(dir, `case.${input.ext}`);
            writeFileSync(path, input.bytes);
            const problem = problemWith(await runCase(path, corpus));
            ran++;
            if (problem)
              problems.push(
                `${label} (${input.how}): ${problem} — input saved to ${saveFailure(`${FUZZ_SEED}-${label}`, input.bytes, input.ext)}`,
              );
          }
          expect(problems).toEqual([]);
          afterChunk();
        });
      }
    });
  }
  return { ran: () => ran, only: ONLY };
}
