/** Scores resumes one after another in the current thread, reading the next files while one is analysed. */
import type { BatchRow } from './row.js';
import { loadResume, scoreLoaded, type Loaded, type ScoreSetup } from './score.js';

/** Files being read ahead of the one being analysed. */
export const READ_AHEAD = 2;

/** Called with a resume's rows (one per job) as soon as it is scored. */
export type OnRows = (rows: BatchRow[]) => void;

/** Score `paths` in order in this thread. */
export async function scoreSequential(paths: string[], setup: ScoreSetup, onRows: OnRows): Promise<void> {
  const reads: Promise<Loaded>[] = [];
  let next = 0;
  const fill = () => {
    while (reads.length < READ_AHEAD && next < paths.length) reads.push(loadResume(paths[next++]));
  };
  for (let i = 0; i < paths.length; i++) {
    fill();
    const loaded = await reads.shift()!;
    fill();
    onRows(scoreLoaded(paths[i], loaded, setup));
  }
}
