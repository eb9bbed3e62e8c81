// Issue 16: what is a section heading and what a list item that looks like one, on snippets written for the test.
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/analyze/resume.js';
import { resumeHeading, workHeading } from '../../src/analyze/text/headings.js';
import type { LoadedDocument } from '../../src/types.js';

const asOf = new Date('2026-11-01T00:00:00Z');
const doc = (text: string): LoadedDocument => ({ path: 'snippet.txt', format: 'text', text, warnings: [] });
const kind = (line: string) => workHeading(resumeHeading(line) ?? '');

describe('headings: a heading read by its last word alone is set as a heading', () => {
  it('"Honors and Awards", "TECHNICAL SKILLS" and "Volunteer Skills" end a work history', () => {
    expect(kind('Honors and Awards')).toBe('skip');
    expect(kind('LEADERSHIP & SERVICE')).toBe('skip');
    expect(kind('Volunteer Skills')).toBe('skip');
    expect(kind('Skills')).toBe('skip');
  });
  it('a skill list item in sentence case ("Strong analytic skills") is no heading', () => {
    expect(kind('Strong analytic skills')).toBeNull();
    expect(kind(' Basic carpentry skills')).toBeNull();
  });
  it('so the roles after such an item, inside the work history, are read', () => {
    const r = analyzeResume(
      doc(
        [
          'Professional Experience',
          'Store Supervisor',
          'Budget planning',
          'Strong analytic skills',
          'Harbor Goods / Aug 2019 to Current',
          'Ran the floor team of six.',
          'Stock Clerk',
          'Harbor Goods / Mar 2017 to Jul 2019',
          'Education',
          'Associate of Arts, Lakeside College',
        ].join('\n'),
      ),
      asOf,
    );
    expect(r.roles.map((x) => `${x.start}..${x.end}`)).toEqual(['2019-08..2026-11', '2017-03..2019-07']);
  });
});
