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

describe('headings: a run of capitals whose word gaps light letter-spacing lost', () => {
  it('splits into the heading words the tables know, and reads as that heading', () => {
    expect(resumeHeading('WORKHISTORY')).toBe('WORK HISTORY');
    expect(resumeHeading('TECHNICALSKILLS')).toBe('TECHNICAL SKILLS');
    expect(resumeHeading('W O R K H I S T O R Y')).toBe('WORK HISTORY');
    expect(kind('PROFESSIONALEXPERIENCE')).toBe('work');
    expect(kind('CERTIFICATIONS')).toBe('skip');
  });
  it('leaves a word or a name that heading words do not make up as it is', () => {
    expect(resumeHeading('EDUCATION')).toBe('EDUCATION');
    expect(resumeHeading('PRIYANAIR')).toBe('PRIYANAIR');
    expect(resumeHeading('ACCOUNTANT')).toBe('ACCOUNTANT');
    expect(kind('PRIYANAIR')).toBeNull();
  });
});
