import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultConcurrency, threadsFor } from '../../src/batch/concurrency.js';

const sample = (...cpu: [busy: number, idle: number][]) =>
  cpu.map(([busy, idle]) => ({ times: { user: busy, nice: 0, sys: 0, idle, irq: 0 } }));

describe('default --concurrency', () => {
  it('is one thread per idle CPU between two samples, rounded, at least one', () => {
    const zero = sample([0, 0], [0, 0]);
    expect(threadsFor(zero, sample([0, 100], [0, 100]))).toBe(2); // quiet: both CPUs
    expect(threadsFor(zero, sample([100, 0], [30, 70]))).toBe(1); // one busy core
    expect(threadsFor(zero, sample([100, 0], [100, 0]))).toBe(1); // all busy: still one thread
    expect(threadsFor(zero, sample([40, 60], [40, 60]))).toBe(1); // 1.2 idle CPUs
    expect(threadsFor(sample([0, 0], [0, 0], [0, 0], [0, 0]), sample([10, 90], [10, 90], [10, 90], [50, 50]))).toBe(3);
  });

  it('samples the machine for a moment and stays within 1 and the CPU count', async () => {
    const n = await defaultConcurrency(20);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(cpus().length);
  });
});
