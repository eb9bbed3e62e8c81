// The fuzz suite for PDF and DOCX: seeds generated with pdfkit and docx from the bundled resumes,
// then corrupted (objects, counts, lengths, nesting, xref; ZIP entries, sizes, CRCs, bombs, XML).
// Replay a failure with FUZZ_SEED=<seed> FUZZ_ONLY='<corpus>#<n>' npx vitest run test/fuzz/documents.test.ts
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { job, ROOT } from '../helpers/paths.js';
import type { FuzzInput } from './cases.js';
import { makeSeeds, mutateDocx, mutatePdf, type BinarySeeds } from './documents.js';
import { FUZZ_SCALE, FUZZ_SEED, problemWith, runInProcess, saveFailure, scratch } from './harness.js';
import { caseSeed, rng, type Rng } from './prng.js';

const CHUNK = 50;
const ONLY = process.env.FUZZ_ONLY;
const JOB = job('discover-senior-lead-ml-engineer');
const dir = scratch('docs');
let seeds: BinarySeeds;

beforeAll(async () => {
  seeds = await makeSeeds();
}, 60_000);

const CORPORA: Record<string, { cases: number; make: (r: Rng) => FuzzInput }> = {
  pdf: { cases: 200, make: (r) => mutatePdf(r.pick(seeds.pdfs), r) },
  docx: { cases: 200, make: (r) => mutateDocx(r.pick(seeds.docxs), r) },
};

// PDF and DOCX loading arrives with its own module; until then the corpora check clean refusals only.
const LOADERS = existsSync(join(ROOT, 'src/load/pdf.ts')) && existsSync(join(ROOT, 'src/load/docx.ts'));

describe('fuzz seeds', () => {
  it.skipIf(!LOADERS)('every unmutated PDF and DOCX seed gives a report', async () => {
    for (const [ext, list] of [['pdf', seeds.pdfs], ['docx', seeds.docxs]] as const) {
      for (const bytes of list) {
        const path = join(dir, `seed.${ext}`);
        writeFileSync(path, bytes);
        const o = await runInProcess(path, JOB);
        expect(o.err).toBe('');
        expect(JSON.parse(o.out).resume.format).toBe(ext);
      }
    }
  }, 60_000);
});

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
          const problem = problemWith(await runInProcess(path, JOB));
          if (problem) problems.push(`${label} (${input.how}): ${problem} — input saved to ${saveFailure(`${FUZZ_SEED}-${label}`, input.bytes, input.ext)}`);
        }
        expect(problems).toEqual([]);
      }, 60_000);
    }
  });
}
