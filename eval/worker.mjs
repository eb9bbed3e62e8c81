// Eval worker thread: reads one document through fitcheck's library API and answers with a summary of
// what it read. Imports only the built package entry (dist/index.js), never its internal paths.
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeJob, summarizeResume, summarizeSkills } from './lib/summary.mjs';

const api = await import(new URL('../dist/index.js', import.meta.url).href);
const asOf = new Date(workerData.asOf);
const needed = ['loadDocument', 'loadBuffer', 'analyzeResume', 'analyzeJob'].filter(
  (f) => typeof api[f] !== 'function',
);
if (needed.length) throw new Error(`dist/index.js does not export ${needed.join(', ')}: run npm run build`);

/** One task: read the document and summarize, or say why it was refused or crashed. */
async function perform(task) {
  const t0 = performance.now();
  try {
    const summary = await read(task);
    return { id: task.id, ms: performance.now() - t0, summary };
  } catch (err) {
    const ms = performance.now() - t0;
    if (typeof err?.exitCode === 'number') return { id: task.id, ms, refused: refusal(err, task) };
    return { id: task.id, ms, crash: crashLine(err) };
  }
}

async function read(task) {
  if (task.op === 'skills') return summarizeSkills(api, task.sentences);
  const doc = task.path
    ? await api.loadDocument(task.path, { kind: task.op === 'job' ? 'job' : 'resume' })
    : await api.loadBuffer(task.name, Buffer.from(task.text, 'utf8'), { kind: task.op === 'job' ? 'job' : 'resume' });
  if (task.op === 'job') return summarizeJob(api, doc);
  return summarizeResume(api, doc, asOf, task.withLines);
}

/** A refusal's reason without the path the loader puts first. */
function refusal(err, task) {
  const prefix = `${task.path ?? task.name}: `;
  return String(err.message).startsWith(prefix) ? err.message.slice(prefix.length) : String(err.message);
}

/** A crash in one line: the message and the first frame inside fitcheck's dist/ ("coordination.js:42"). */
export function crashLine(err) {
  const message = String(err?.message ?? err).split('\n')[0];
  const frame = /dist\/(\S+?\.js):(\d+)/.exec(String(err?.stack ?? ''));
  return frame ? `${message} (at ${frame[1]}:${frame[2]})` : message;
}

parentPort.on('message', async (task) => parentPort.postMessage(await perform(task)));
parentPort.postMessage({ ready: true });
