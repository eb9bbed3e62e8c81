// Timing helpers: whole-process runs (wall clock, exit code, peak memory) and medians.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PEAK_RSS_HOOK = fileURLToPath(new URL('./hooks/peak-rss.mjs', import.meta.url));

/** Median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Run a command to completion, output discarded; returns {ms, code, stderr}. */
export function timeRun(cmd, args, options = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20, ...options });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, code: r.status ?? (r.error ? -1 : 128), stderr: r.stderr?.toString() ?? String(r.error ?? '') };
}

/** Run a node script with the peak-RSS preload; returns {ms, code, stderr, peakBytes}. */
export function timeNode(script, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fitcheck-rss-'));
  const out = join(dir, 'rss');
  try {
    const r = timeRun(process.execPath, ['--import', PEAK_RSS_HOOK, script, ...args], {
      ...options,
      env: { ...process.env, ...options.env, FITCHECK_PEAK_RSS: out },
    });
    let peakBytes = null;
    try {
      peakBytes = Number(readFileSync(out, 'utf8'));
    } catch {
      // The process died before its exit handler ran; leave the peak unknown.
    }
    return { ...r, peakBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run several commands `runs` times each, interleaved so machine noise hits them alike.
 * `cases` is {name: [cmd, args]}; returns {name: {median, runs: ms[], code}} (code: first non-zero exit, else 0).
 */
export function interleaved(cases, runs) {
  const results = Object.fromEntries(Object.keys(cases).map((k) => [k, { runs: [], code: 0, stderr: '' }]));
  for (const [name, [cmd, args]] of Object.entries(cases)) timeRun(cmd, args); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, args]] of Object.entries(cases)) {
      const r = timeRun(cmd, args);
      results[name].runs.push(r.ms);
      if (r.code !== 0 && results[name].code === 0) Object.assign(results[name], { code: r.code, stderr: r.stderr });
    }
  }
  for (const r of Object.values(results)) r.median = median(r.runs);
  return results;
}

/** Run `cmd file` for every file with at most `jobs` processes at once; returns {ms, failed}. */
export async function perFile(cmd, argsOf, files, jobs = 1) {
  const t0 = process.hrtime.bigint();
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const code = await new Promise((resolve) => {
        const child = spawn(cmd, argsOf(file), { stdio: 'ignore' });
        child.on('error', () => resolve(-1));
        child.on('close', resolve);
      });
      if (code !== 0) failed++;
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, failed };
}

/** True when a command can be run (e.g. pdftotext is installed). */
export function available(cmd, args = ['-v']) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error;
}
