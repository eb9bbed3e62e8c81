/** Messages between the pool and its worker threads. */
import type { BatchRow } from './row.js';

/** A resume to score, numbered by the pool. */
export interface WorkerTask {
  id: number;
  path: string;
}

/** Sent once by a worker when its modules have loaded, so a worker that cannot start is told apart from one a document broke. */
export const READY = 'ready';

/** A worker's answer: ready, or the rows of one task. */
export type WorkerMessage = typeof READY | { id: number; rows: BatchRow[] };
