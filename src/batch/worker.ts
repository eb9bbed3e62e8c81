/** Worker thread entry: receives resume paths, answers with their summary rows. Imports only the scoring path. */
import { parentPort, workerData } from 'node:worker_threads';
import { READY, type WorkerMessage, type WorkerTask } from './protocol.js';
import { loadResume, scoreLoaded, type ScoreSetup } from './score.js';

const setup = workerData as ScoreSetup;
const port = parentPort!;

port.on('message', async (task: WorkerTask) => {
  const loaded = await loadResume(task.path);
  const answer: WorkerMessage = { id: task.id, rows: scoreLoaded(task.path, loaded, setup) };
  port.postMessage(answer);
});
port.postMessage(READY);
