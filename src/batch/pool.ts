/** Scores resumes on worker threads (or in-process for one), reading ahead, streaming rows out as they finish. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorRow, type BatchRow } from './row.js';
import { loadResume, scoreLoaded, type Loaded, type ScoreSetup } from './score.js';
import { READY, type WorkerMessage, type WorkerTask } from './protocol.js';

/** Tasks handed to each worker at once: one being analysed while the next one's file is read. */
export const READ_AHEAD = 2;
/** Heap limit of one worker, so one pathological document cannot take the machine's memory. */
export const WORKER_HEAP_MB = 512;

/** Called with a resume's rows (one per job) as soon as it is scored. */
export type OnRows = (rows: BatchRow[]) => void;

/** Score every path with `concurrency` threads; rows arrive through `onRows` in completion order. */
export async function scoreAll(paths: string[], setup: ScoreSetup, concurrency: number, onRows: OnRows): Promise<void> {
  const threads = Math.min(concurrency, paths.length);
  if (threads <= 1) return scoreInProcess(paths, setup, onRows);
  return scoreOnWorkers(paths, setup, threads, onRows);
}

async function scoreInProcess(paths: string[], setup: ScoreSetup, onRows: OnRows): Promise<void> {
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

/** The compiled worker; under the TypeScript sources (tests) it is the built copy in dist/. */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/batch/worker.js', import.meta.url);
}

function scoreOnWorkers(paths: string[], setup: ScoreSetup, threads: number, onRows: OnRows): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = workerUrl();
    const inFlight = new Map<Worker, Map<number, string>>();
    let next = 0;
    let done = 0;
    let over = false;
    const stop = (err?: Error) => {
      over = true;
      for (const w of inFlight.keys()) void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    const feed = (w: Worker) => {
      const mine = inFlight.get(w)!;
      while (mine.size < READ_AHEAD && next < paths.length) {
        const task: WorkerTask = { id: next, path: paths[next++] };
        mine.set(task.id, task.path);
        w.postMessage(task);
      }
    };
    const complete = (rows: BatchRow[]) => {
      onRows(rows);
      if (++done === paths.length) stop();
    };
    const start = (): Worker => {
      const w = new Worker(url, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let ready = false;
      inFlight.set(w, new Map());
      w.on('message', (msg: WorkerMessage) => {
        if (msg === READY) return void (ready = true);
        inFlight.get(w)?.delete(msg.id);
        feed(w);
        complete(msg.rows);
      });
      // A worker that dies on a document (out of memory, a parser crash) fails only the files it held; a new one takes over.
      const lost = (why: string) => {
        const held = inFlight.get(w);
        if (over || !held) return;
        inFlight.delete(w);
        if (!ready) return stop(new Error(`a worker thread could not start: ${why}`));
        const replacement = next < paths.length ? start() : null;
        for (const path of held.values()) complete(setup.jobs.map((j) => errorRow(path, j.name, j.profile.title, `${path}: internal error: ${why}`)));
        if (replacement && !over) feed(replacement);
      };
      w.on('error', (err) => lost(err.message));
      w.on('exit', (code) => lost(`worker stopped with code ${code}`));
      return w;
    };
    for (let i = 0; i < threads; i++) feed(start());
  });
}
