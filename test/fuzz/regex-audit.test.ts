// Regex audit: every regular expression in src/ must be free of super-linear backtracking.
// Two checks each: recheck (a ReDoS checker) proves or fuzzes it safe, and the regex runs over
// 100,000-character pathological strings (recheck's attack pumped up, and repeated runs of the
// characters resumes are made of) — a quadratic regex would take minutes there, not milliseconds.
import { readdirSync } from 'node:fs';
import { check } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIO } from '../helpers/io.js';
import { example, job, ROOT } from '../helpers/paths.js';
import { recordConstructions, scanSources, unique, type FoundRegex } from './regexes.js';

const { literals, constructorSites } = scanSources();
const recorder = recordConstructions();
let all: FoundRegex[] = [];
const verdicts = new Map<FoundRegex, Awaited<ReturnType<typeof check>>>();

beforeAll(async () => {
  // Import the CLI only now, so every `new RegExp` (module-level or per call) goes through the recorder;
  // then exercise it on every bundled example and job so per-call constructions happen too.
  const { run } = await import('../../src/cli/run.js');
  const jobs = readdirSync(`${ROOT}jobs`).map((f) => job(f.replace(/\.txt$/, '')));
  for (const resume of readdirSync(`${ROOT}examples`).map(example)) {
    for (const j of jobs) await run([resume, j, '--format', 'json', '--as-of', '2026-11-01'], memoryIO());
  }
  recorder.restore();
  all = unique([...literals, ...recorder.built]);
}, 60_000);

afterAll(() => recorder.restore());

// Runs of the characters resumes are made of, and of what the regexes look for (separators, dates, e-mail).
const RUNS = ['a', 'A', 'aA', '1', ' ', '\t', ' \n', '-', '.', 'a.', 'a-', 'a@', '@a', '1 ', '1/', '+', '#', "a'", '|', '(', ',', '–', 'é', '·', 'ab1+', 'Ab', 'a ', 'A ', '- '];
const N = 100_000;

describe('regex audit (src/**)', () => {
  it('finds the regular expressions, including every file that builds one with new RegExp', () => {
    expect(literals.length).toBeGreaterThan(20);
    for (const [file, sites] of constructorSites) {
      const built = unique(recorder.built.filter((r) => r.where === file));
      expect(built.length, `${file} has ${sites} RegExp constructions; the run recorded ${built.length}`).toBeGreaterThanOrEqual(sites);
    }
  });

  it('recheck finds no super-linear backtracking in any of them', async () => {
    const problems: string[] = [];
    for (const r of all) {
      const res = await check(r.source, r.flags, { timeout: 10_000 });
      verdicts.set(r, res);
      if (res.status !== 'safe') {
        const attack = res.status === 'vulnerable' ? ` attack: ${res.attack.pattern}` : '';
        problems.push(`${r.where} /${r.source}/${r.flags}: ${res.status}${'complexity' in res && res.complexity ? ` (${res.complexity.summary})` : ''}${attack}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('each runs over 100,000-character pathological strings without blowing up', () => {
    for (const r of all) {
      const inputs = RUNS.map((unit) => unit.repeat(Math.ceil(N / unit.length)) + '\u0000!');
      const res = verdicts.get(r);
      if (res?.status === 'vulnerable') inputs.push(res.attack.string);
      for (const input of inputs) {
        const re = new RegExp(r.source, r.flags.includes('g') ? r.flags : r.flags + 'g');
        let count = 0;
        // Walk every match, as replace/matchAll/split would; the count guards against an endless loop.
        for (const m of input.matchAll(re)) {
          if (m[0] === '') re.lastIndex++;
          if (++count > 2 * N) break;
        }
      }
    }
  }, 60_000);
});
