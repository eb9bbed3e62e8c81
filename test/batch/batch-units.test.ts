import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, isGlob } from '../../src/batch/glob.js';
import { progressLine, formatSeconds } from '../../src/batch/progress.js';
import { csvField, csvReport } from '../../src/batch/report/csv.js';
import { commonDir, fit, tableReport } from '../../src/batch/report/table.js';
import { errorRow, rankRows } from '../../src/batch/row.js';
import { batchRow as row } from '../helpers/rows.js';

describe('glob patterns', () => {
  const cases: [string, string, boolean][] = [
    ['*.md', 'a.md', true],
    ['*.md', 'sub/a.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'x/y/a.md', true],
    ['**/*.md', 'x/y/a.txt', false],
    ['resume-?.txt', 'resume-1.txt', true],
    ['resume-?.txt', 'resume-10.txt', false],
    ['*.{pdf,docx}', 'cv.docx', true],
    ['*.{pdf,docx}', 'cv.doc', false],
    ['[ab]*.txt', 'bob.txt', true],
    ['[!ab]*.txt', 'bob.txt', false],
    ['a.b', 'axb', false],
  ];
  for (const [pattern, path, match] of cases) {
    it(`${pattern} ${match ? 'matches' : 'does not match'} ${path}`, () =>
      expect(globToRegExp(pattern).test(path)).toBe(match));
  }
  it('splits the folder to walk from the pattern', () => {
    expect(globBase('clients/2026/**/*.pdf')).toEqual({ base: 'clients/2026', rest: '**/*.pdf' });
    expect(globBase('*.md')).toEqual({ base: '.', rest: '*.md' });
    expect(globBase('/tmp/x/*.md')).toEqual({ base: '/tmp/x', rest: '*.md' });
    expect(isGlob('plain/file.txt')).toBe(false);
  });
});

describe('ranking', () => {
  it('sorts by score, then resume path in code-point order, errors last', () => {
    const ranked = rankRows([
      row('b.txt', 50),
      errorRow('a.txt', 'job.txt', null, 'a.txt: the file is empty'),
      row('a.txt', 50),
      row('Z.txt', 50),
      row('c.txt', 90),
    ]);
    expect(ranked.map((r) => [r.rank, r.resume])).toEqual([
      [1, 'c.txt'],
      [2, 'Z.txt'],
      [3, 'a.txt'],
      [4, 'b.txt'],
      [null, 'a.txt'],
    ]);
  });
});

describe('batch reporters', () => {
  it('quotes CSV fields only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const csv = csvReport(
      rankRows([row('x.txt', 70, { missing: ['SQL', 'AWS'], missingSections: ['required', 'responsibilities'] })]),
    );
    expect(csv).toBe(
      'rank,resume,job,jobTitle,score,band,verdict,knockedOut,missing,error,name,years,level,education,missingCount,missingSections\r\n1,x.txt,job.txt,ML Engineer,70,good,good fit,false,SQL; AWS,,,,,,,required; responsibilities\r\n',
    );
  });

  it('keeps table rows within 80 columns however long the names', () => {
    const long = 'a/'.repeat(40) + 'very-long-resume-file-name.pdf';
    const rows = rankRows([
      row(long, 77, { missing: ['Kubernetes', 'Terraform', 'Apache Spark', 'Machine Learning', 'Statistics'] }),
      row('b/x.txt', 10, { job: 'other.txt' }),
      errorRow('b/y.txt', 'job.txt', null, 'b/y.txt: ' + 'x'.repeat(200)),
    ]);
    const out = tableReport(rows, { color: false });
    for (const l of out.trimEnd().split('\n')) expect([...l].length).toBeLessThanOrEqual(80);
    // The start and the end of a long path around a "…": its folder and its file name both show.
    expect(out).toMatch(/ a\/a\/[a/]*…[a-z-]*name\.pdf /);
    expect(out).toMatch(/ +job +score/);
  });

  it('shows only what differs between paths', () => {
    expect(commonDir(['a/b/x.md', 'a/b/c/y.md'])).toBe('a/b/');
    expect(commonDir(['a/x.md', 'b/y.md'])).toBe('');
    expect(commonDir(['/tmp/r/a.md', '/tmp/r2/b.md'])).toBe('/tmp/');
    expect(fit('abcdef', 4)).toBe('abc…');
    expect(fit('abcdef', 4, 'end')).toBe('…def');
  });
});

describe('progress line', () => {
  it('shows done/total, rate and ETA', () => {
    expect(progressLine(50, 200, 2000)).toBe(`[${'█'.repeat(6)}${'░'.repeat(18)}]  50/200  25.0/s  ETA 6s`);
    expect(progressLine(0, 10, 0)).toMatch(/0\/10 +0\.0\/s +ETA …$/);
    expect(formatSeconds(125)).toBe('2m05s');
  });
});
