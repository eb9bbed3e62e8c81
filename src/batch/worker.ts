/** Worker thread entry: receives chunks of resume paths, answers with their summary rows. Imports only the scoring path. */
import { parentPort, workerData } from 'node:worker_threads';
import { READY, type WorkerMessage, type WorkerTask } from './protocol.js';
import type { BatchRow } from './row.js';
import { taxonomyOf, type ScoreSetup } from './score.js';
import { scoreSequential } from './sequential.js';

const setup = workerData as ScoreSetup;
const port = parentPort!;

// Tasks run one at a time, in arrival order; the pool keeps the next one queued here so this thread never waits.
let queue = Promise.resolve();
port.on('message', (task: WorkerTask) => {
  queue = queue.then(async () => {
    const rows: BatchRow[][] = [];
    await scoreSequential(task.paths, setup, (r) => rows.push(r));
    const answer: WorkerMessage = { id: task.id, rows };
    port.postMessage(answer);
  });
});
// Compile the dictionary before saying ready, so the main thread keeps scoring until this worker is really fast.
taxonomyOf(setup);
port.postMessage(READY);
