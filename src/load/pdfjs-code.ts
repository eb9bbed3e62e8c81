/**
 * Compiles pdf-parse's CommonJS build and its pdf.js worker (1.6 MB of code) from one script that `npm run build`
 * makes of them (dist/pdfjs.cjs, written in ASCII), with V8's code cache made after reading a PDF, so a PDF check
 * neither compiles them nor compiles their functions as they first run. Node 20 has no compile cache of its own
 * for them. The files as installed hold a few non-ASCII characters, so Node would decode them from UTF-8 into
 * two-byte strings (35 M instructions, twice the memory); the ASCII script reads as Latin-1 at the cost of a copy.
 * Without a script made from these very files nothing changes: pdf-parse is required as usual.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { packagePath } from '../paths.js';
import { codeCacheFile, type ModuleWrapper, readCodeCache, runWrapped } from './code-cache-file.js';

/**
 * The script: a first line `//# fitcheck-pdfjs=<stamp> <hash of the rest>`, then an array of two functions,
 * pdf-parse's entry wrapped as require() wraps a module, and the worker taking the URL its import.meta.url was.
 */
export const PDFJS_BUNDLE = packagePath('dist', 'pdfjs.cjs');
/** Its code cache (code-cache-file.ts). */
export const PDFJS_CACHE = packagePath('dist', 'pdfjs.cache');
/** What the script's first line starts with. */
export const PDFJS_MARK = '//# fitcheck-pdfjs=';

/** pdf.js's worker, next to pdf-parse's entry. */
export function workerPath(entry: string): string {
  return join(dirname(entry), 'pdf.worker.mjs');
}

/**
 * The installed entry's and worker's sizes and modification times, or undefined without a worker there. A script
 * is used only when made from files with this stamp (V8 checks a cache against its source's length only).
 */
export function pdfjsStamp(entry: string): string | undefined {
  const worker = workerPath(entry);
  if (!existsSync(worker)) return undefined;
  const stamp = (f: string) => {
    const { size, mtimeMs } = statSync(f);
    return `${size}@${mtimeMs}`;
  };
  return `${stamp(entry)} ${stamp(worker)}`;
}

/** The script's first line: what ties a cache to it, with this Node. */
function markOf(source: string): string {
  return source.slice(0, source.indexOf('\n'));
}

/** The key of the script's code cache: this Node and the script (V8 itself refuses a cache made under other flags). */
export function pdfjsCacheKey(source: string): string {
  return [process.version, process.arch, markOf(source), source.length].join(' ');
}

/** The cache's blob when it was made for this script on this Node, else undefined. */
export function readCache(source: string, path = PDFJS_CACHE): Buffer | undefined {
  const blobs = readCodeCache(path, pdfjsCacheKey(source));
  return blobs?.length === 1 ? blobs[0] : undefined;
}

/**
 * Run the script (with `cachedData`'s code when given): pdf-parse's entry as the module at `entry` (into the
 * require cache, as require() would leave it), then the worker, which registers itself where pdf.js looks first
 * (globalThis.pdfjsWorker), as importing it would, so pdf.js never imports it. Returns pdf-parse's exports and
 * the script (to make a cache from).
 */
export function runPdfjs(source: string, entry: string, cachedData?: Buffer): { exports: unknown; script: vm.Script } {
  const script = new vm.Script(source, {
    filename: PDFJS_BUNDLE,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  // core-js, in both, formats a stack trace as it loads to learn V8's format (used only by a DOMException
  // polyfill that Node 20 does not get); naming a frame's line makes V8 find every line end of this 1.6 MB
  // script (25 M instructions). With no frames to name the answer is the same for Node 20.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const [main, worker] = script.runInThisContext() as [ModuleWrapper, (url: string) => unknown];
    const exports = runWrapped(main, entry);
    const handler = worker(pathToFileURL(workerPath(entry)).href);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: handler };
    return { exports, script };
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** pdf-parse compiled from the build's script (with its cache when it has one), or undefined when there is none. */
export function loadCompiledPdfParse(entry: string): unknown {
  try {
    const stamp = pdfjsStamp(entry);
    if (!stamp || !existsSync(PDFJS_BUNDLE)) return undefined;
    const source = readFileSync(PDFJS_BUNDLE, 'latin1');
    if (!markOf(source).startsWith(`${PDFJS_MARK}${stamp} `)) return undefined;
    return runPdfjs(source, entry, readCache(source)).exports;
  } catch {
    return undefined;
  }
}

/** The cache file's bytes for the script that has run (its compiled functions included). */
export function cacheFile(source: string, script: vm.Script): Buffer {
  return codeCacheFile(pdfjsCacheKey(source), [script]);
}
