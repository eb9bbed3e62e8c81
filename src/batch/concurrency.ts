/** How many worker threads a batch uses when `--concurrency` is not given: as many as CPUs are idle right now. */
import { cpus } from 'node:os';

/** How long the CPUs are watched before a batch starts. */
export const SAMPLE_MS = 60;

/**
 * Measured on two vCPUs over 1,236 real PDFs (README, Performance): on a quiet machine two workers scored 74
 * PDFs/s and one thread 46; with the machine busy one thread was the faster, since a second worker then only
 * competes for the same core and pays its own start (bundle, taxonomy, pdf.js). The core count alone cannot
 * tell these apart, so the CPUs' idle time is sampled for a moment: one thread per idle CPU, at least one.
 */
export async function defaultConcurrency(sampleMs = SAMPLE_MS): Promise<number> {
  const before = cpus();
  if (before.length <= 1) return 1;
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  return threadsFor(before, cpus());
}

type CpuTimes = { times: { user: number; nice: number; sys: number; idle: number; irq: number } }[];

/** One thread per CPU's worth of idle time between two samples of os.cpus(), rounded; at least one. */
export function threadsFor(before: CpuTimes, after: CpuTimes): number {
  let idle = 0;
  after.forEach((cpu, i) => {
    const t0 = before[i]?.times;
    if (!t0) return;
    const total = Object.values(cpu.times).reduce((a, b) => a + b, 0) - Object.values(t0).reduce((a, b) => a + b, 0);
    if (total > 0) idle += (cpu.times.idle - t0.idle) / total;
  });
  return Math.max(1, Math.min(after.length, Math.round(idle)));
}
