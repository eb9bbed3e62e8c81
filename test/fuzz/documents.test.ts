// The fuzz suite for PDF and DOCX: seeds generated with pdfkit and docx from the bundled resumes,
// then corrupted (objects, counts, lengths, nesting, xref; ZIP entries, sizes, CRCs, bombs, XML).
// Replay a failure with FUZZ_SEED=<seed> FUZZ_ONLY='<corpus>#<n>' npx vitest run test/fuzz/documents.test.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { job } from '../helpers/paths.js';
import { makeSeeds, mutateDocx, mutatePdf, type BinarySeeds } from './documents.js';
import { runInProcess, scratch } from './harness.js';
import { fuzzSuite, type Corpus } from './suite.js';

const JOB = job('discover-senior-lead-ml-engineer');
const dir = scratch('docs');
let seeds: BinarySeeds;

beforeAll(async () => {
  seeds = await makeSeeds();
});

const CORPORA: Record<string, Corpus> = {
  pdf: { cases: 200, make: (r) => mutatePdf(r.pick(seeds.pdfs), r) },
  docx: { cases: 200, make: (r) => mutateDocx(r.pick(seeds.docxs), r) },
};

describe('fuzz seeds', () => {
  it('every unmutated PDF and DOCX seed gives a report', async () => {
    for (const [ext, list] of [
      ['pdf', seeds.pdfs],
      ['docx', seeds.docxs],
    ] as const) {
      for (const bytes of list) {
        const path = join(dir, `seed.${ext}`);
        writeFileSync(path, bytes);
        const o = await runInProcess(path, JOB);
        expect(o.err).toBe('');
        expect(JSON.parse(o.out).resume.format).toBe(ext);
      }
    }
  });
});

fuzzSuite(CORPORA, dir, (path) => runInProcess(path, JOB));
