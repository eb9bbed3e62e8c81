// A handful of hostile inputs through the real bin, with a 256 MB heap cap and a time limit: what a
// user's shell sees. A crash, an out-of-memory abort or a hang (the bin's time limit) fails the case.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/run.js';
import { job } from '../helpers/paths.js';
import { CORPORA } from './cases.js';
import { FUZZ_SEED, problemWith, runBin, runInProcess, scratch } from './harness.js';
import { deepJson } from './mutate.js';
import { caseSeed, rng } from './prng.js';
import { RESUMES } from './seeds.js';

const dir = scratch('bin');
const JOB = job('discover-senior-lead-ml-engineer');
const file = (name: string, bytes: Buffer | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const MB = 1024 * 1024;

const HOSTILE: { name: string; make: () => string; code?: number; err?: RegExp }[] = [
  {
    name: 'a 19 MB text file (under the file limit, over the text limit)',
    code: EXIT.error,
    err: /characters of text/,
    make: () =>
      file('big.txt', RESUMES[0].text.repeat(Math.ceil((19 * MB) / RESUMES[0].text.length)).slice(0, 19 * MB)),
  },
  {
    name: 'a file over the 20 MB limit',
    make: () => file('huge.txt', Buffer.alloc(20 * MB + 1, 'a ')),
    code: EXIT.error,
    err: /limit is 20 MB/,
  },
  { name: 'a 5 MB line', make: () => file('line.txt', 'Ann Lee\n' + 'Python '.repeat(750_000)), code: EXIT.error },
  { name: '5 MB of random bytes', make: () => file('random.bin', randomBytes(5 * MB)), code: EXIT.error },
  { name: 'JSON nested a million deep', make: () => file('deep.json', deepJson(1_000_000, rng(1))) },
  {
    name: 'YAML alias expansion ("billion laughs")',
    make: () => {
      let y = 'cv:\n  name: Ann\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
      for (let i = 1; i < 10; i++)
        y += `  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]\n`;
      return file('laughs.yaml', y);
    },
  },
];

describe('fuzz through the bin: bounded time and memory', () => {
  for (const c of HOSTILE) {
    it(c.name, () => {
      const o = runBin(c.make(), JOB, { heapMb: 256 });
      expect(problemWith(o)).toBeNull();
      expect(o.signal ?? null).toBeNull();
      if (c.code !== undefined) expect(o.code).toBe(c.code);
      if (c.err) expect(o.err).toMatch(c.err);
    });
  }

  it('sampled fuzz cases end the same through the bin as in-process', async () => {
    const r = rng(caseSeed(FUZZ_SEED, 'bin sample', 0));
    for (let i = 0; i < 8; i++) {
      const [corpus, spec] = r.pick(Object.entries(CORPORA).filter(([, s]) => s.role === 'resume'));
      const n = r.int(spec.cases);
      const input = spec.make(rng(caseSeed(FUZZ_SEED, corpus, n)));
      const path = file(`sample-${i}.${input.ext}`, input.bytes);
      const bin = runBin(path, JOB);
      const inproc = await runInProcess(path, JOB);
      expect(problemWith(bin), `${corpus}#${n}`).toBeNull();
      expect({ code: bin.code, out: bin.out, err: bin.err }, `${corpus}#${n}`).toEqual({
        code: inproc.code,
        out: inproc.out,
        err: inproc.err,
      });
    }
  });
});
