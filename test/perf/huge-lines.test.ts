import { describe, expect, it } from 'vitest';
import { checkFit } from '../../src/check.js';

// Not a timing test: with the quadratic code these shapes hang for minutes or exhaust the heap (a 256 KB
// word of repeated skill names took 4 GB); linear code reads each in well under a second.
const SHAPES: Record<string, string> = {
  'repeated skill word': 'java'.repeat(25_000),
  'capitals then a lower-case tail': 'A'.repeat(100_000) + 'bc',
  'letters then a digit': 'a'.repeat(100_000) + '1',
  'a long run before an @': 'a'.repeat(100_000) + '@',
};

describe('one huge line', () => {
  for (const [name, line] of Object.entries(SHAPES)) {
    it(`is read in linear time: ${name}`, () => {
      const result = checkFit(`Jane Doe\n${line}\n`, 'Senior Engineer\nRequirements\n- 5+ years of Java\n', { asOf: new Date('2026-01-01') });
      expect(result.score).toBeGreaterThanOrEqual(0);
    });
  }
});
