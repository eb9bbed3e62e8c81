import { describe, expect, it } from 'vitest';
import { findRoles, rolesByLine } from '../../src/analyze/resume/roles.js';

const lines = [
  'Jane Doe',
  'Experience',
  'Senior Engineer, Acme — Jan 2020 – Present',
  '- Built things with Python',
  'Engineer, Beta — Mar 2016 – Dec 2019',
  '- Wrote Java',
  'Education',
  'B.S. Computer Science, 2015',
];

describe('rolesByLine', () => {
  it('maps every line of a role block to that role and nothing else to a role', () => {
    const roles = findRoles(lines, new Date('2026-01-01'));
    expect(roles.length).toBe(2);
    const at = rolesByLine(roles);
    for (let line = 1; line <= lines.length; line++) {
      const expected = roles.find((r) => line >= r.from && line <= r.to);
      expect(at[line], `line ${line}`).toBe(expected);
    }
    expect(at[4]).toBe(roles[0]);
    expect(at[6]).toBe(roles[1]);
    expect(at[8]).toBeUndefined();
  });
});
