/**
 * Compiles pdf-parse's CommonJS build and its pdf.js worker (1.6 MB of code) with V8's code cache, made by
 * `npm run build` after reading a PDF, so a PDF check neither compiles them nor compiles their functions as
 * they first run. Node 20 has no compile cache of its own for them. Without a cache that fits these very
 * files and this Node, nothing changes: pdf-parse is required as usual.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { packagePath } from '../paths.js';
import { codeCacheFile, readCodeCache, runAsModule } from './code-cache-file.js';

/** Where the build writes the cache: one JSON header line (key, blob sizes), then the two blobs. */
export const PDFJS_CACHE = packagePath('dist', 'pdfjs.cache');

// The worker is an ES module only by its last statement (and one import.meta.url, for an image decoder).
const WORKER_END = 'export{WorkerMessageHandler};';

/** The two scripts and the key that ties a cache to them. */
interface Sources {
  key: string;
  entry: string;
  worker: string;
  entrySource: string;
  workerSource: string;
}

/** pdf-parse's entry and worker as scripts, or undefined when they do not have the layout this loader knows. */
export function pdfjsSources(entry: string): Sources | undefined {
  const worker = join(dirname(entry), 'pdf.worker.mjs');
  if (!existsSync(worker)) return undefined;
  const workerText = readFileSync(worker, 'utf8').trimEnd();
  if (!workerText.endsWith(WORKER_END)) return undefined;
  const body = workerText
    .slice(0, -WORKER_END.length)
    .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(worker).href));
  const entrySource = Module.wrap(readFileSync(entry, 'utf8'));
  const workerSource = `(function () {"use strict";${body}\nreturn WorkerMessageHandler;})`;
  // V8 checks a cache against its source's length only; a file's size and modification time tie it to content.
  const stamp = (f: string) => `${statSync(f).size}@${statSync(f).mtimeMs}`;
  return {
    key: [process.version, process.arch, stamp(entry), stamp(worker)].join(' '),
    entry,
    worker,
    entrySource,
    workerSource,
  };
}

/** The cache's two blobs when it was made for these sources on this Node, else undefined. */
export function readCache(key: string, path = PDFJS_CACHE): [Buffer, Buffer] | undefined {
  const blobs = readCodeCache(path, key);
  return blobs?.length === 2 ? [blobs[0], blobs[1]] : undefined;
}

/**
 * Run pdf-parse's entry and its worker compiled from the sources (with `cache`'s code when given). The worker
 * registers itself where pdf.js looks first (globalThis.pdfjsWorker), as importing it would, so pdf.js never
 * imports it; pdf-parse goes into the require cache like any module. Returns pdf-parse's exports and the scripts.
 */
export function runPdfjs(src: Sources, cache?: [Buffer, Buffer]): { exports: unknown; scripts: vm.Script[] } {
  const options = (filename: string, cachedData?: Buffer) => ({
    filename,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const entryScript = new vm.Script(src.entrySource, options(src.entry, cache?.[0]));
  const workerScript = new vm.Script(src.workerSource, options(src.worker, cache?.[1]));
  const exports = runAsModule(entryScript, src.entry);
  const handler = (workerScript.runInThisContext() as () => unknown)();
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: handler };
  return { exports, scripts: [entryScript, workerScript] };
}

/** pdf-parse compiled with the build's code cache, or undefined when there is no cache for it (then require it). */
export function loadCompiledPdfParse(entry: string): unknown {
  try {
    const src = pdfjsSources(entry);
    const cache = src && readCache(src.key);
    return src && cache ? runPdfjs(src, cache).exports : undefined;
  } catch {
    return undefined;
  }
}

/** The cache file's bytes for scripts that have run (their compiled functions included). */
export function cacheFile(src: Sources, scripts: vm.Script[]): Buffer {
  return codeCacheFile(src.key, scripts);
}
