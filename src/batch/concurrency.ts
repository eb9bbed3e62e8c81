/** How many worker threads a batch uses when `--concurrency` is not given. */
import { availableParallelism } from 'node:os';

/**
 * One thread (no workers) on two CPUs or fewer, else one per CPU but one, left to the main thread that
 * discovers files and collects rows. Measured on two shared vCPUs over 1,236 real PDFs (README, Performance):
 * one thread scored faster than two workers, because each worker pays its own start (the bundle, the
 * taxonomy, pdf.js) and on a shared machine the second vCPU is rarely free.
 */
export function defaultConcurrency(cpus = availableParallelism()): number {
  return cpus <= 2 ? 1 : cpus - 1;
}
