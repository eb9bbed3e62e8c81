// What a process loads at startup: runs a command under the trace-modules preload and names
// any heavy module a text check must not load (PDF/DOCX parsers, natural's index, database drivers).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TRACE_HOOK = fileURLToPath(new URL('./hooks/trace-modules.mjs', import.meta.url));

/** Packages (or package files) a plain-text check has no use for. */
export const FORBIDDEN_FOR_TEXT = [
  /node_modules\/pdf-parse\//,
  /node_modules\/pdfjs-dist\//,
  /node_modules\/mammoth\//,
  /node_modules\/natural\/lib\/natural\/index\.js$/,
  /node_modules\/natural\/index\.js$/,
  /node_modules\/(mongoose|mongodb|pg|redis|@redis\/[^/]+|sqlite3|better-sqlite3)\//,
];

/** Every module file (ESM and CommonJS) a node script loaded; also its exit code. */
export function loadedModules(script, args, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fitcheck-trace-'));
  const out = join(dir, 'modules');
  try {
    const r = spawnSync(process.execPath, ['--import', TRACE_HOOK, script, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env, FITCHECK_TRACE_MODULES: out },
    });
    let lines = [];
    try {
      lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    } catch {
      // Nothing was written: the process failed before loading anything.
    }
    const files = [...new Set(lines.map((l) => l.replace(/^(esm|cjs) /, '').replace(/^file:\/\//, '')))];
    return { code: r.status, stderr: r.stderr.toString(), files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The loaded files that match the forbidden list. */
export function forbiddenIn(files) {
  return files.filter((f) => FORBIDDEN_FOR_TEXT.some((re) => re.test(f)));
}

/** Loaded packages by name with how many of their files were loaded. */
export function packagesIn(files) {
  const counts = new Map();
  for (const f of files) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f);
    const name = m ? m[1] : f.includes('/dist/') ? 'fitcheck dist' : 'other';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
