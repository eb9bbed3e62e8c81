// Crashes, hangs and blow-ups the fuzz suite and the regex audit found, kept as fixed regression tests.
// Each ran for minutes (or ran out of memory) before its fix. The sizes are the guard, not the clock: on a
// 1 MB line a quadratic path is ~10^12 steps (hours) and meets the test timeout, while the linear code
// reads it in about a second. The analyzers are called through the library API, past the loader's limits,
// so the analysis itself stays linear even on megabyte lines; and each case checks that the rest of the
// document is still read right around the pathological line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/analyze/resume.js';
import { checkFit } from '../../../src/check.js';
import { run } from '../../../src/cli/run.js';
import { memoryIO } from '../../helpers/io.js';
import { job, read } from '../../helpers/paths.js';
import { problemWith, scratch } from '../harness.js';
import type { FitResult } from '../../../src/types.js';

const JOB = read(job('discover-senior-lead-ml-engineer'));
const MB = 1_000_000;
const line = (unit: string, length = MB): string => unit.repeat(Math.ceil(length / unit.length));
const asOf = new Date('2026-11-01T00:00:00Z');

/** Lines 2-5 of every regression resume, after the pathological line 1: what must still be read. */
const REST = '\nAna Diaz\nana@example.com\nSenior Engineer, Acme | Jan 2019 - Present\n- Built Python and AWS pipelines\n';
const linesOf = (r: FitResult, skill: string) => r.skills.matched.find((m) => m.skill === skill)?.evidence.map((e) => e.line);

/** What was found, how, an input line that showed it, and what reading it must give besides the rest. */
const FOUND: { name: string; resume: () => string; also?: (r: FitResult, text: string) => void }[] = [
  // e-mail check /[\w.+-]+@…/ retried every start of a long run of word characters: quadratic (60 s+ on 1 MB)
  { name: 'a 1 MB run of letters with no @', resume: () => line('a') },
  { name: 'a 1 MB run of "a." (dotted words)', resume: () => line('a.') },
  { name: 'a run of digits ending in @', resume: () => line('1', 200_000) + '@' },
  // "N years" regex had three \s* around optional parts sharing one run of spaces: cubic
  { name: 'a digit and then 1 MB of tabs', resume: () => '00' + line('\t') },
  // role separators /\s*(?:[|,·•@]|\bat\b|–|—| - )\s*/ and the trailing-junk trim: quadratic on space/dash runs
  {
    name: 'a title padded with 1 MB of spaces before a date range',
    resume: () => `Engineer${line(' ')}Jan 2020 - Present`,
    also: (_, text) => expect(analyzeResume({ path: 'r', format: 'text', text, warnings: [] }, asOf).roles.map((r) => [r.title, r.start, r.line])).toEqual([['Engineer', '2020-01', 1], ['Senior Engineer', '2019-01', 4]]),
  },
  { name: 'a title ending in 1 MB of "- " before a date range', resume: () => `Engineer ${line('-\t')}x 2019 - 2020` },
  // glued-word splitting /([A-Z]+)([A-Z][a-z]{2,})/ and /([a-z]{2,})(\d+\+)/: quadratic on one long token
  { name: 'a 1 MB word in capitals', resume: () => line('A') },
  // …and, after the glued-word splitter landed, the same word ran out of memory (4 GB): each cut copied the pieces before it
  { name: 'a 1 MB word of "ab" (lower case, no digits)', resume: () => line('ab') },
  // the Porter stemmer's own regexes are quadratic in word length: a 50,000-letter word took 4 s
  { name: 'a 200,000-letter word (stemmer)', resume: () => `Python ${line('x', 200_000)}y`, also: (r) => expect(linesOf(r, 'Python')).toEqual([1, 5]) },
];

describe('regressions: a pathological line is read in linear time, and the resume around it too', () => {
  for (const c of FOUND) {
    it(c.name, () => {
      const text = c.resume() + REST;
      const r = checkFit(text, JOB, { asOf });
      expect(r.resume.name).toBe('Ana Diaz');
      expect(linesOf(r, 'AWS')).toEqual([5]);
      expect(linesOf(r, 'Python')).toContain(5);
      expect(r.experience.candidateYears).toBeCloseTo(7.9, 1); // Jan 2019 to Nov 2026
      c.also?.(r, text);
    });
  }

  it('a 1 MB line in the posting, too: its title and requirements are still read', () => {
    for (const unit of ['a', ' ', '1 ', '- ', 'Less than ', '8 years ']) {
      const r = checkFit('Ana Diaz\nPython\n', `Engineer\n${line(unit)}\nRequirements\n- 5+ years of Python\n`, { asOf });
      expect(r.job.title, unit).toBe('Engineer');
      expect(r.job.skills, unit).toEqual([{ skill: 'Python', required: true, mentions: 1, section: 'required' }]);
      expect(r.skills.matched.map((m) => [m.skill, m.evidence[0].line]), unit).toEqual([['Python', 2]]);
    }
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
    expect(problemWith({ code, out: io.out(), err: io.err() })).toBeNull();
    expect(io.out().length).toBeLessThan(2 * MB);
  });
});
