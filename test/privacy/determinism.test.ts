// Determinism: the same inputs and --as-of give byte-identical JSON, whatever the time zone, locale,
// clock or process (in-process run() and the real bin), for every format and every bundled job.
// Each run of the bin is compared with the same run in-process (this machine's zone and locale, a clock
// far from --as-of). `npm test` runs the bin in one other environment per input (the two in turn) against
// one job, and a third of the jobs; `npm run test:fuzz` in all three against the first and last job,
// and every job.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT, run } from '../../src/cli/run.js';
import { memoryIO } from '../helpers/io.js';
import { example, ROOT } from '../helpers/paths.js';
import { byScale } from '../helpers/scale.js';
import { CORPORA } from '../fuzz/cases.js';
import { caseSeed, rng } from '../fuzz/prng.js';
import { makeDocx, makePdf } from '../fuzz/documents.js';
import { jsonResume, RESUMES, YAML_RESUME } from '../fuzz/seeds.js';

const BIN = join(ROOT, 'bin/fitcheck.js');
const ENVS: Record<string, string>[] = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'ar_EG.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
];
const JOBS = readdirSync(join(ROOT, 'jobs'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();
/** Environments to run the bin in for input i: one of the two unusual ones in turn, or all three. */
const envsFor = (i: number): Record<string, string>[] => byScale([ENVS[1 + (i % 2)]], ENVS);
/** Jobs to check input i against (quick: the first or the last job in turn). */
const jobsFor = (i: number): string[] =>
  byScale([i % 2 ? JOBS[JOBS.length - 1] : JOBS[0]], [JOBS[0], JOBS[JOBS.length - 1]]);
let cwd: string;

/** The inputs, written in beforeAll: every format, and mutated inputs (determinism must not depend on the input being tidy). */
const INPUTS: [name: string, make: () => Promise<Buffer | string>][] = [
  ['resume.md', async () => readFileSync(example('ml-engineer-strong.md'))],
  ['resume.txt', async () => readFileSync(example('frontend-developer-junior.txt'))],
  ['resume.json', async () => JSON.stringify(jsonResume())],
  ['resume.yaml', async () => YAML_RESUME],
  ['resume.pdf', () => makePdf(RESUMES[0].text)],
  ['resume.docx', () => makeDocx(RESUMES[0].text)],
  ...['text resume', 'json resume', 'yaml resume'].map((corpus): [string, () => Promise<Buffer>] => {
    const input = () => CORPORA[corpus].make(rng(caseSeed(7, corpus, 3)));
    return [`fuzzed-${corpus.split(' ')[0]}.${input().ext}`, async () => input().bytes];
  }),
];

/** How a run ended. */
type Ran = { status: number | null; stdout: string; stderr: string };

function bin(args: string[], env: Record<string, string>): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH, NO_COLOR: '1', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same run in this process, with the clock at `now`. */
async function inProcess(args: string[], now = '1999-01-01T00:00:00Z'): Promise<Ran> {
  const prev = process.cwd();
  process.chdir(cwd);
  try {
    const io = memoryIO({ now: () => new Date(now) });
    const status = await run(args, io);
    return { status, stdout: io.out(), stderr: io.err() };
  } finally {
    process.chdir(prev);
  }
}

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'fitcheck-determinism-'));
  for (const [name, make] of INPUTS) writeFileSync(join(cwd, name), await make());
});

describe('determinism: byte-identical JSON across time zones, locales, processes and the bin', () => {
  for (const [i, [resume]] of INPUTS.entries()) {
    it(resume, async () => {
      for (const job of jobsFor(i)) {
        const args = [resume, job, '--format', 'json', '--as-of', '2026-11-01', '--no-config'];
        const here = await inProcess(args);
        expect([EXIT.ok, EXIT.error], `${resume}: ${here.stderr}`).toContain(here.status);
        for (const env of envsFor(i)) expect(bin(args, env), `${resume} against ${job} in ${env.TZ}`).toEqual(here);
      }
    });
  }
});

describe('determinism: any clock', () => {
  it('in-process run() with any clock equals the bin, on the bundled jobs (all at full scale)', async () => {
    for (const job of byScale(
      JOBS.filter((_, i) => i % 3 === 0),
      JOBS,
    )) {
      const args = ['resume.md', job, '--format', 'json', '--as-of', '2026-11-01', '--no-config'];
      const fromBin = bin(args, ENVS[1]);
      for (const now of ['1999-01-01T00:00:00Z', '2031-06-30T23:59:59Z'])
        expect(await inProcess(args, now), `${job} at ${now}`).toEqual(fromBin);
    }
  });
});
