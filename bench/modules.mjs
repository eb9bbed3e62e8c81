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

/**
 * Every module file (ESM and CommonJS) a node script loaded, the Node built-ins it loaded (`builtins`, e.g.
 * "zlib") and the native addons it opened (`addons`, .node files); also its exit code. With `esm: false` ES
 * modules are not traced (their hook loads worker_threads), so the built-ins are the program's own.
 */
export function loadedModules(script, args, env = {}, { esm = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fitcheck-trace-'));
  const out = join(dir, 'modules');
  try {
    const r = spawnSync(process.execPath, ['--import', TRACE_HOOK, script, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env, FITCHECK_TRACE_MODULES: out, FITCHECK_TRACE_ESM: esm ? '1' : '0' },
    });
    let lines = [];
    try {
      lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    } catch {
      // Nothing was written: the process failed before loading anything.
    }
    const of = (kind) => [
      ...new Set(lines.filter((l) => l.startsWith(`${kind} `)).map((l) => l.slice(kind.length + 1))),
    ];
    const files = [...new Set([...of('esm'), ...of('cjs')].map((f) => f.replace(/^file:\/\//, '')))];
    return { code: r.status, stderr: r.stderr.toString(), files, builtins: of('builtin'), addons: of('addon') };
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
