/** Messages between the pool and its worker threads. */
import type { BatchRow } from './row.js';

/** A chunk of resumes to score, numbered by the pool; chunks keep messages few when files are many. */
export interface WorkerTask {
  id: number;
  paths: string[];
}

/** Sent once by a worker when its modules and dictionary are loaded, so one that cannot start is told apart from one a document broke. */
export const READY = 'ready';

/** A worker's answer: ready, or the rows of each resume of a task, in the task's order. */
export type WorkerMessage = typeof READY | { id: number; rows: BatchRow[][] };
