import { describe, expect, it } from 'vitest';
import { checkFit } from '../../src/check.js';

// Not a timing test: the sizes are the guard. With the quadratic code these shapes hang for minutes or
// exhaust the heap (a 256 KB word of repeated skill names took 4 GB) and meet the test timeout; linear
// code reads each in well under a second. Each must also leave the lines around it read as before.
const SHAPES: Record<string, string> = {
  'repeated skill word': 'java'.repeat(25_000),
  'capitals then a lower-case tail': 'A'.repeat(100_000) + 'bc',
  'letters then a digit': 'a'.repeat(100_000) + '1',
  'a long run before an @': 'a'.repeat(100_000) + '@',
};
const JOB = 'Senior Engineer\nRequirements\n- 5+ years of Java\n';

describe('one huge line', () => {
  for (const [name, line] of Object.entries(SHAPES)) {
    it(`is read in linear time, and the lines around it too: ${name}`, () => {
      const resume = `Jane Doe\n${line}\nJava Developer, Acme | Jan 2018 - Dec 2023\n- Built Java services\n`;
      const result = checkFit(resume, JOB, { asOf: new Date('2026-01-01') });
      expect(result.resume.name).toBe('Jane Doe');
      // Java is shown by the role (lines 3-4), never by the huge word glued from "java"s or letters.
      expect(result.skills.matched.map((m) => [m.skill, m.evidence.map((e) => e.line)])).toEqual([['Java', [3, 4]]]);
      expect(result.experience.candidateYears).toBe(6);
    });
  }
});
