/** Runs one fuzz case through the CLI (in-process or through the real bin) and judges how it ended. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, run } from '../../src/cli/run.js';
import { memoryIO } from '../helpers/io.js';
import { ROOT } from '../helpers/paths.js';
import { byScale } from '../helpers/scale.js';

/** The run's base seed: FUZZ_SEED replays another run. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261122);
/** Scale of the number of cases: a quarter under `npm test`, all under `npm run test:fuzz` (FUZZ_SCALE=10 for a long local run). */
export const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? byScale(0.25, 1));
/**
 * Time limit of one run of the bin: only a hang reaches it (a typical run takes under a second, a
 * hostile 19 MB file a few). No case is judged by its time: a busy machine must never fail one.
 */
export const BIN_TIMEOUT_MS = 120_000;
/** Arguments every case runs with: JSON out, a fixed date. */
export const ARGS = ['--format', 'json', '--as-of', '2026-11-01'];
/** Where failing inputs are saved for replay. */
export const FAILURES_DIR = join(tmpdir(), 'fitcheck-fuzz-failures');

/** How one run ended. */
export interface Outcome {
  code: number | null;
  out: string;
  err: string;
  signal?: string | null;
}

/** Why an outcome is not a report (exit 0) or a clean error (exit 2, one line, nothing on stdout); null if fine. */
export function problemWith(o: Outcome): string | null {
  if (o.code === EXIT.ok) {
    try {
      const r = JSON.parse(o.out);
      if (r.schemaVersion !== 1 || !Number.isInteger(r.score) || r.score < 0 || r.score > 100)
        return `exit 0 with a bad report: ${o.out.slice(0, 200)}`;
    } catch {
      return `exit 0 but stdout is not JSON: ${o.out.slice(0, 200)}`;
    }
    return null;
  }
  if (o.code === EXIT.error) {
    if (o.out !== '') return `exit 2 with output on stdout: ${o.out.slice(0, 200)}`;
    if (!/^fitcheck: [^\n]+\n$/.test(o.err))
      return `exit 2 without exactly one error line: ${JSON.stringify(o.err.slice(0, 400))}`;
    if (/internal error/.test(o.err)) return `crash: ${o.err.trim()}`;
    return null;
  }
  return `exit ${o.code}${o.signal ? ` (signal ${o.signal})` : ''}: ${JSON.stringify(o.err.slice(0, 400))}`;
}

/** A scratch folder for one test file's inputs. */
export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `fitcheck-fuzz-${name}-`));
}

/** Run the CLI in-process on a resume and a job (paths), returning how it ended. */
export async function runInProcess(resume: string, job: string): Promise<Outcome> {
  const io = memoryIO();
  const code = await run([resume, job, ...ARGS], io);
  return { code, out: io.out(), err: io.err() };
}

/** Run the real bin with a memory cap and a hang limit: what a user's shell would see. */
export function runBin(resume: string, job: string, opts: { heapMb?: number; cwd?: string } = {}): Outcome {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${opts.heapMb ?? 256}`, join(ROOT, 'bin/fitcheck.js'), resume, job, ...ARGS],
    {
      encoding: 'utf8',
      timeout: BIN_TIMEOUT_MS,
      cwd: opts.cwd,
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

/** Keep a failing input where a developer can replay it; returns its path. */
export function saveFailure(label: string, bytes: Buffer, ext: string): string {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const path = join(FAILURES_DIR, `${label.replace(/[^\w.-]+/g, '_')}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}
