import { describe, expect, it } from 'vitest';
import { checkFit } from '../../src/check.js';
import { example, job, read } from '../helpers/paths.js';

const asOf = new Date('2026-11-01T00:00:00Z');
const seed = read(job('discover-senior-lead-ml-engineer'));

describe('checkFit', () => {
  it('scores the strong example high and clears every knock-out', () => {
    const r = checkFit(read(example('ml-engineer-strong.md')), seed, { asOf });
    expect(r.score).toBeGreaterThanOrEqual(80);
    expect(r.knockedOut).toBe(false);
    expect(r.knockouts.map((k) => k.status)).toEqual(['clear', 'clear', 'clear', 'clear']);
  });

  it('knocks out a junior frontend developer and ranks them far below', () => {
    const strong = checkFit(read(example('ml-engineer-strong.md')), seed, { asOf });
    const weak = checkFit(read(example('frontend-developer-junior.txt')), seed, { asOf });
    expect(weak.knockedOut).toBe(true);
    expect(weak.verdict).toBe('knocked out');
    expect(weak.score).toBeLessThan(strong.score - 40);
    expect(weak.skills.missing.some((s) => s.skill === 'Java' && s.required)).toBe(true);
  });

  it('gives an unrelated document a score near zero', () => {
    const r = checkFit("Grandma's apple pie\nPeel six apples. Bake for 40 minutes.", seed, { asOf });
    expect(r.score).toBeLessThan(15);
  });

  it('is deterministic for a fixed reference date', () => {
    const a = JSON.stringify(checkFit(read(example('ml-engineer-strong.md')), seed, { asOf }));
    const b = JSON.stringify(checkFit(read(example('ml-engineer-strong.md')), seed, { asOf }));
    expect(a).toBe(b);
  });
});
