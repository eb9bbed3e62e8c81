// Issue 16: reading classes found on real resumes, each shown on a snippet written for the test.
import { describe, expect, it } from 'vitest';
import { levelsInLine } from '../../src/analyze/text/degrees.js';
import { candidateEducation } from '../../src/analyze/resume/education.js';

const level = (line: string) => levelsInLine(line).map((l) => l.level);

describe('degrees: abbreviations in any case and spacing', () => {
  it('reads bachelor forms with dots, spaces, hyphens or capitals', () => {
    for (const line of [
      'B.E in Mechanical Engineering',
      'B. Tech in Civil Engineering',
      'B.TECH FROM STATE UNIVERSITY IN 2018',
      'b-tech, electronics',
      'BTech (Chemical)',
      'B.SC (Maths)',
      'Bsc Botany',
      'BCA from City College',
      'B.Com with Honours',
      'BBA 2015',
      'BE Computer Science',
      'B E in Production Engineering',
    ])
      expect(level(line), line).toContain('bachelor');
  });
  it('reads master forms, a German Diplom and an MPhys', () => {
    for (const line of [
      'MCA in Computer Applications',
      'M.Tech (VLSI)',
      'MSC in Physics',
      'M.S in Data Science',
      'mba in finance',
      'MPhys Physics',
      'Diplom-Informatiker, TU Musterstadt',
    ])
      expect(level(line), line).toContain('master');
  });
  it('reads school-leaving certificates and diplomas at their level', () => {
    expect(level('S.S.C from State Board')).toEqual(['high school']);
    expect(level('HSC, 2010')).toEqual(['high school']);
    expect(level('12th standard, CBSE')).toEqual(['high school']);
    expect(level('High School Diploma')).toEqual(['high school']);
    expect(level('PGCE Secondary Mathematics')).toEqual(['certificate']);
    expect(level('Diploma in Hotel Management')).toEqual(['certificate']);
    expect(level('M.D. in Internal Medicine')).toEqual(['doctorate']);
  });
  it('does not take software or other abbreviations for degrees', () => {
    for (const line of [
      'MS Word, MS Access, MS-SQL',
      'Expert in MS Excel',
      'C.B.S.E. board',
      'MD of the company',
      'Boston, MA',
      'ABOUT ME',
      'to be decided',
    ])
      expect(
        level(line).filter((l) => l !== 'high school'),
        line,
      ).toEqual([]);
  });
  it('lists a degree named in the headline, while the level comes from the Education section', () => {
    const lines = [
      'Priya Nair',
      'B.Tech graduate with 3 years in testing',
      '',
      'EDUCATION',
      'M.Sc in Statistics',
      'City University',
    ];
    const e = candidateEducation(lines);
    expect(e.candidate).toBe('master');
    expect(e.degrees.map((d) => [d.level, d.evidence.line])).toEqual([
      ['master', 5],
      ['bachelor', 2],
    ]);
  });
});
