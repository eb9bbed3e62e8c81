// Crashes, hangs and blow-ups the fuzz suite and the regex audit found, kept as fixed regression tests.
// Each ran for minutes (or ran out of memory) before its fix; now each finishes well within the test
// timeout. The analyzers are called through the library API, past the loader's limits, so the
// analysis itself stays linear even on megabyte lines.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFit } from '../../../src/check.js';
import { run } from '../../../src/cli/run.js';
import { memoryIO } from '../../helpers/io.js';
import { job, read } from '../../helpers/paths.js';
import { problemWith, scratch } from '../harness.js';

const JOB = read(job('discover-senior-lead-ml-engineer'));
const MB = 1_000_000;
const line = (unit: string, length = MB): string => unit.repeat(Math.ceil(length / unit.length));
const asOf = new Date('2026-11-01T00:00:00Z');

/** What was found, how, and an input that showed it. */
const FOUND: { name: string; resume: () => string }[] = [
  // e-mail check /[\w.+-]+@…/ retried every start of a long run of word characters: quadratic (60 s+ on 1 MB)
  { name: 'a 1 MB run of letters with no @', resume: () => line('a') },
  { name: 'a 1 MB run of "a." (dotted words)', resume: () => line('a.') },
  { name: 'a run of digits ending in @', resume: () => line('1', 200_000) + '@' },
  // "N years" regex had three \s* around optional parts sharing one run of spaces: cubic
  { name: 'a digit and then 1 MB of tabs', resume: () => '00' + line('\t') },
  // role separators /\s*(?:[|,·•@]|\bat\b|–|—| - )\s*/ and the trailing-junk trim: quadratic on space/dash runs
  { name: 'a title padded with 1 MB of spaces before a date range', resume: () => `Engineer${line(' ')}Jan 2020 - Present` },
  { name: 'a title ending in 1 MB of "- " before a date range', resume: () => `Engineer ${line('-\t')}x 2019 - 2020` },
  // glued-word splitting /([A-Z]+)([A-Z][a-z]{2,})/ and /([a-z]{2,})(\d+\+)/: quadratic on one long token
  { name: 'a 1 MB word in capitals', resume: () => line('A') },
  // …and, after the glued-word splitter landed, the same word ran out of memory (4 GB): each cut copied the pieces before it
  { name: 'a 1 MB word of "ab" (lower case, no digits)', resume: () => line('ab') },
  // the Porter stemmer's own regexes are quadratic in word length: a 50,000-letter word took 4 s
  { name: 'a 200,000-letter word (stemmer)', resume: () => `Python ${line('x', 200_000)}y` },
];

describe('regressions: pathological lines stay linear', () => {
  for (const c of FOUND) {
    it(c.name, () => {
      const r = checkFit(c.resume(), JOB, { asOf });
      expect(r.schemaVersion).toBe(1);
    });
  }

  it('a 1 MB line in the posting, too', () => {
    for (const unit of ['a', ' ', '1 ', '- ', 'Less than ', '8 years ']) expect(checkFit('Ana Diaz\nPython\n', `Engineer\n${line(unit)}\n`, { asOf }).schemaVersion).toBe(1);
  });
});

describe('regressions: bounded output', () => {
  // Every occurrence of a skill quoted its whole line: a 67 KB line saying "ML" ~4,500 times made a
  // 344 MB JSON report (and a 1 MB one would not fit in memory). Evidence is now capped per skill.
  it('a line naming a skill thousands of times gives a small report', () => {
    const r = checkFit(line('ML, Python, AWS, ', 9_000).split(',').join(',') + '\n'.repeat(1) + line('Machine learning. ', 9_000), JOB, { asOf });
    expect(JSON.stringify(r).length).toBeLessThan(2 * MB);
    for (const m of r.skills.matched) expect(m.evidence.length).toBeLessThanOrEqual(20);
  });

  it('the CLI refuses a line past the limit with one clear line (the 67 KB JSON resume that made 344 MB)', async () => {
    const path = join(scratch('regress'), 'resume.json');
    writeFileSync(path, JSON.stringify({ basics: { name: 'Ann', label: line('ML ', 67_000) } }));
    const io = memoryIO();
    const code = await run([path, job('discover-senior-lead-ml-engineer'), '--format', 'json'], io);
    expect(problemWith({ code, out: io.out(), err: io.err(), ms: 0 })).toBeNull();
    expect(io.out().length).toBeLessThan(2 * MB);
  });
});
