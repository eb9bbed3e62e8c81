// A small pool of eval worker threads: tasks go out one per idle worker; a task that overruns its
// budget or kills its worker gets a crash answer and a fresh worker takes the rest.
import { Worker } from 'node:worker_threads';

/** Longest one task may take before it is stopped and counted as a crash. */
export const TASK_BUDGET_MS = 60_000;
const WORKER = new URL('../worker.mjs', import.meta.url);

/** Run every task on up to `threads` workers; answers come back in the tasks' order. */
export function runPool(tasks, { threads, asOf, budgetMs = TASK_BUDGET_MS, onAnswer = () => {} }) {
  const answers = new Array(tasks.length);
  if (tasks.length === 0) return Promise.resolve(answers);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const finish = (index, answer) => {
      answers[index] = answer;
      onAnswer(++done, tasks.length);
      if (done === tasks.length) resolve(answers);
    };
    const start = () => {
      const w = new Worker(WORKER, {
        workerData: { asOf: asOf.toISOString() },
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
      });
      let held = -1;
      let timer = null;
      let ready = false;
      const feed = () => {
        if (next >= tasks.length) return void w.terminate();
        held = next++;
        timer = setTimeout(
          () => lose(`took over ${budgetMs / 1000} s (the eval's budget per document); stopped`),
          budgetMs,
        );
        w.postMessage({ ...tasks[held], id: held });
      };
      const lose = (why) => {
        clearTimeout(timer);
        w.removeAllListeners();
        void w.terminate();
        if (!ready) return reject(new Error(`an eval worker could not start: ${why}`));
        if (held >= 0) finish(held, { id: held, ms: budgetMs, crash: why });
        held = -1;
        if (next < tasks.length) start();
      };
      w.on('message', (msg) => {
        if (msg.ready) return ((ready = true), feed());
        clearTimeout(timer);
        const index = held;
        held = -1;
        finish(index, msg);
        feed();
      });
      w.on('error', (err) => lose(`worker died: ${err.message}`));
      w.on('exit', (code) => held >= 0 && lose(`worker stopped with code ${code}`));
    };
    for (let i = 0; i < Math.min(threads, tasks.length); i++) start();
  });
}
