/**
 * The file format of the build's V8 code caches (the CLI bundle, pdf.js, mammoth): one JSON header line (the key
 * that ties the cache to its sources, and each blob's size), then the blobs. One reader and one writer for all;
 * and how a package's CommonJS code compiled with one runs as the module require() would have made.
 */
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type vm from 'node:vm';

/** The blobs of the cache at `path` when it was made for `key` (as many as it was written with), else undefined. */
export function readCodeCache(path: string, key: string): Buffer[] | undefined {
  if (!existsSync(path)) return undefined;
  const data = readFileSync(path);
  const eol = data.indexOf(10);
  if (eol < 0) return undefined;
  const head = JSON.parse(data.subarray(0, eol).toString('latin1')) as { key?: string; sizes?: number[] };
  if (head.key !== key || !Array.isArray(head.sizes)) return undefined;
  const blobs: Buffer[] = [];
  let at = eol + 1;
  for (const size of head.sizes) {
    blobs.push(data.subarray(at, at + size));
    at += size;
  }
  return at === data.length ? blobs : undefined;
}

/** The cache file's bytes for scripts that have run (their compiled functions included), under `key`. */
export function codeCacheFile(key: string, scripts: vm.Script[]): Buffer {
  const blobs = scripts.map((s) => s.createCachedData());
  const head = JSON.stringify({ key, sizes: blobs.map((b) => b.length) }) + '\n';
  return Buffer.concat([Buffer.from(head, 'latin1'), ...blobs]);
}

/**
 * Run a script compiled from CommonJS code wrapped as require() wraps it (exports, require, module, __filename,
 * __dirname) as the module at `filename`, and leave it in the require cache as require() would. Returns its exports.
 */
export function runAsModule(script: vm.Script, filename: string): unknown {
  return runWrapped(script.runInThisContext() as ModuleWrapper, filename);
}

/** The function require() wraps a CommonJS module's code in. */
export type ModuleWrapper = (...a: unknown[]) => void;

/** Run CommonJS code already wrapped and compiled (`wrapper`) as the module at `filename`, as runAsModule does. */
export function runWrapped(wrapper: ModuleWrapper, filename: string): unknown {
  const mod = new Module(filename);
  mod.filename = filename;
  mod.paths = createRequire(filename).resolve.paths('x') ?? [];
  wrapper(mod.exports, createRequire(filename), mod, filename, dirname(filename));
  mod.loaded = true;
  createRequire(filename).cache[filename] = mod;
  return mod.exports;
}
