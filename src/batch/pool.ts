/** Scores resumes on worker threads in chunks, streaming rows out as they finish; retries what a dying worker held. */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { packagePath } from '../paths.js';
import { READY, type WorkerMessage, type WorkerTask } from './protocol.js';
import { errorRow, type BatchRow } from './row.js';
import { loadResume, scoreLoaded, type ScoreSetup } from './score.js';
import { scoreSequential, type OnRows } from './sequential.js';

/** Tasks handed to each worker at once: one being scored, one waiting, so the worker never idles on a round trip. */
export const TASKS_PER_WORKER = 2;
/** Most resumes in one task; smaller near the end so the threads finish together. */
export const MAX_CHUNK = 16;
/** Files whose parser the main thread should not load just to help while the workers start. */
const HEAVY = /\.(pdf|docx)$/i;
/** Heap limit of one worker, so one pathological document cannot take the machine's memory. */
export const WORKER_HEAP_MB = 512;
/**
 * Young-generation size of one worker. A worker reads one document after another, and what it allocates for one is
 * garbage by the next: V8's default young generation only holds more of it before a scavenge. Measured over 139
 * real PDFs on two workers: peak RSS 216 MB by default, 191 MB with 16, 172 MB with 8 and 167 MB with 4, where
 * the extra scavenges began to cost CPU time (user 11.3 s by default, 9.2 s with 16, 11.7 s with 8, 13.7 s with 4).
 */
const WORKER_YOUNG_MB = 16;
/** Longest one document may take on a worker; past it the worker is stopped and the file gets an error row. */
export const DOC_TIME_BUDGET_MS = 30_000;

// worker_threads loads when a pool starts: in the CLI bundle a static import would load it for every single check.
const threads = () => process.getBuiltinModule('node:worker_threads');

/** The error a document gets when it overruns the time budget. */
export const overBudget = (ms: number) =>
  `took over ${ms / 1000} s to read and score (the per-document time budget); skipped`;

/** Where resumes were scored, for tests and measurements. */
export interface PoolStats {
  inMain: number;
  onWorkers: number;
}

/**
 * Score every path with up to `concurrency` worker threads; rows arrive through `onRows` in completion order.
 * While the workers start (~0.1 s each), the main thread scores resumes itself, so a small batch never waits for them.
 */
export async function scoreAll(
  paths: string[],
  setup: ScoreSetup,
  concurrency: number,
  onRows: OnRows,
  worker: URL = workerUrl(),
  budgetMs = DOC_TIME_BUDGET_MS,
): Promise<PoolStats> {
  const threads = Math.min(concurrency, paths.length);
  if (threads > 1) return new Pool(paths, setup, threads, onRows, worker, budgetMs).run();
  await scoreSequential(paths, setup, onRows);
  return { inMain: paths.length, onWorkers: 0 };
}

/** The bundled worker (one file, so a thread starts fast); tsc's copy when the bundle is not built. */
function workerUrl(): URL {
  const bundled = packagePath('dist', 'fitcheck-worker.js');
  return pathToFileURL(existsSync(bundled) ? bundled : packagePath('dist', 'batch', 'worker.js'));
}

interface Held extends WorkerTask {
  /** A single file retried alone after a worker died holding it with others. */
  retry: boolean;
}

class Pool {
  private readonly stats: PoolStats = { inMain: 0, onWorkers: 0 };
  private readonly held = new Map<Worker, Map<number, Held>>();
  private readonly retries: Held[] = [];
  /** Per worker: fires when its current task overruns the time budget. */
  private readonly watchdogs = new Map<Worker, NodeJS.Timeout>();
  private next = 0;
  private done = 0;
  private ready = 0;
  private ids = 0;
  private over = false;
  private settle: { resolve: (s: PoolStats) => void; reject: (e: Error) => void } | null = null;

  constructor(
    private readonly paths: string[],
    private readonly setup: ScoreSetup,
    private readonly threads: number,
    private readonly onRows: OnRows,
    /** The worker script (tests pass one that crashes on purpose). */
    private readonly url: URL,
    private readonly budgetMs: number,
  ) {}

  run(): Promise<PoolStats> {
    return new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
      for (let i = 0; i < this.threads; i++) this.start();
      this.helpUntilReady().catch((err) => this.stop(err));
    });
  }

  private stop(err?: Error): void {
    if (this.over) return;
    this.over = true;
    for (const t of this.watchdogs.values()) clearTimeout(t);
    for (const w of this.held.keys()) void w.terminate();
    if (err) this.settle!.reject(err);
    else this.settle!.resolve(this.stats);
  }

  private complete(rows: BatchRow[]): void {
    if (this.over) return;
    this.onRows(rows);
    if (++this.done === this.paths.length) this.stop();
  }

  private take(): Held | null {
    if (this.retries.length) return this.retries.shift()!;
    const left = this.paths.length - this.next;
    if (left <= 0) return null;
    const size = Math.max(1, Math.min(MAX_CHUNK, Math.floor(left / (this.threads * TASKS_PER_WORKER))));
    const paths = this.paths.slice(this.next, (this.next += size));
    return { id: this.ids++, paths, retry: false };
  }

  private feed(w: Worker): void {
    const mine = this.held.get(w)!;
    // A retried file travels alone, so a worker that dies holding it names the file that killed it.
    const alone = () => [...mine.values()].some((t) => t.retry) || (this.retries.length > 0 && mine.size > 0);
    for (let task; mine.size < TASKS_PER_WORKER && !alone() && (task = this.take());) {
      mine.set(task.id, task);
      w.postMessage({ id: task.id, paths: task.paths } satisfies WorkerTask);
    }
    if (!this.watchdogs.has(w)) this.watch(w);
  }

  /** Time the task the worker is on now (the first it holds): its files' budget, after which the worker is stopped. */
  private watch(w: Worker): void {
    clearTimeout(this.watchdogs.get(w));
    this.watchdogs.delete(w);
    const current = this.held.get(w)?.values().next().value;
    if (!current) return;
    const timer = setTimeout(() => {
      this.lost(w, true, overBudget(this.budgetMs), true);
      void w.terminate();
    }, this.budgetMs * current.paths.length);
    this.watchdogs.set(w, timer);
  }

  private start(): void {
    const w = new (threads().Worker)(this.url, {
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    let started = false;
    this.held.set(w, new Map());
    w.on('message', (msg: WorkerMessage) => {
      if (msg === READY) {
        started = true;
        this.ready++;
        return this.feed(w);
      }
      this.held.get(w)?.delete(msg.id);
      this.watch(w);
      this.feed(w);
      this.stats.onWorkers += msg.rows.length;
      for (const rows of msg.rows) this.complete(rows);
    });
    const lost = (why: string) => this.lost(w, started, why);
    w.on('error', (err) => lost(err.message));
    w.on('exit', (code) => lost(`worker stopped with code ${code}`));
  }

  /** A worker died (out of memory, a parser crash): retry its files one by one; a file that kills a worker alone gets an error row. */
  private lost(w: Worker, started: boolean, why: string, timedOut = false): void {
    const tasks = this.held.get(w);
    if (this.over || !tasks) return;
    this.held.delete(w);
    clearTimeout(this.watchdogs.get(w));
    this.watchdogs.delete(w);
    if (!started) return this.stop(new Error(`a worker thread could not start: ${why}`));
    this.ready--;
    for (const task of tasks.values()) {
      if (task.retry) {
        const path = task.paths[0];
        const problem = timedOut ? why : `internal error: ${why}`;
        this.complete(this.setup.jobs.map((j) => errorRow(path, j.name, j.profile.title, `${path}: ${problem}`)));
      } else for (const path of task.paths) this.retries.push({ id: this.ids++, paths: [path], retry: true });
    }
    if (this.over) return;
    if (this.retries.length || this.next < this.paths.length) this.start();
    // Idle workers hear of the retries too, not only the replacement.
    for (const other of this.held.keys()) this.feed(other);
  }

  /**
   * Score single files in this thread until every worker is ready. It stops at the first PDF or DOCX: their
   * parsers cost this thread ~0.4 s and tens of MB to load for the one or two files it would score before the workers are up.
   */
  private async helpUntilReady(): Promise<void> {
    while (
      !this.over &&
      this.ready < this.threads &&
      this.next < this.paths.length &&
      !HEAVY.test(this.paths[this.next])
    ) {
      const path = this.paths[this.next++];
      const loaded = await loadResume(path);
      this.stats.inMain++;
      this.complete(scoreLoaded(path, loaded, this.setup));
    }
  }
}
