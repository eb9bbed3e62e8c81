import { describe, expect, it } from 'vitest';
import { defaultConcurrency } from '../../src/batch/concurrency.js';

describe('default --concurrency', () => {
  it('is one thread on two CPUs or fewer (measured faster there), else one worker per CPU but one', () => {
    expect([1, 2, 3, 4, 8].map((n) => defaultConcurrency(n))).toEqual([1, 1, 2, 3, 7]);
  });
});
