/** Turns batch arguments (files, folders, glob patterns) into a sorted list of document paths. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { globBase, globToRegExp, isGlob } from './glob.js';

/** Extensions a folder or glob search picks up (a file named on the command line is always tried). */
export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.pdf',
  '.docx',
  '.json',
  '.yaml',
  '.yml',
  '.tex',
  '.html',
];

/** Most documents one batch takes: rows are small, but a run this large is better split (and a stray `/` argument stops early). */
export const MAX_BATCH_FILES = 100_000;

/** The error when a batch names more documents than the limit. */
export const tooManyFiles = (limit: number) => `more than ${limit} documents in one batch; split it into smaller runs`;

/** One document to score: the path shown to users and where it came from. */
export interface Discovered {
  /** The path as the user would write it (relative when the argument was). */
  path: string;
  /** True when the user named the file itself, not a folder or pattern that contains it. */
  explicit: boolean;
}

/** Expand arguments into documents, deduplicated, sorted by path. A missing path is kept so it is reported; `warn` hears of a folder or pattern that gave nothing. */
export async function discover(
  args: string[],
  warn: (message: string) => void = () => {},
  limit = MAX_BATCH_FILES,
): Promise<Discovered[]> {
  const found = new Map<string, Discovered>();
  const add = (path: string, explicit: boolean) => {
    const key = resolve(path);
    const had = found.get(key);
    if (!had || (explicit && !had.explicit)) found.set(key, { path, explicit });
    if (found.size > limit) throw new UsageError(tooManyFiles(limit));
  };
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    const before = found.size;
    if (info?.isDirectory()) for await (const f of walk(arg)) add(f, false);
    else if (!info && isGlob(arg)) for (const f of await expandGlob(arg)) add(f, false);
    else add(arg, true);
    if (found.size === before && (info?.isDirectory() || isGlob(arg)))
      warn(`${arg}: ${info ? 'no supported files in this folder' : 'the pattern matched no files'}`);
  }
  return [...found.values()].sort((a, b) => compareStrings(a.path, b.path));
}

/** Code-point order, so ranking ties break the same way on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function supported(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Files below a folder with a supported extension. Hidden entries and node_modules are skipped; symlink loops are not followed twice. */
async function* walk(
  dir: string,
  filter: (name: string) => boolean = supported,
  depth = Infinity,
  seen = new Set<string>(),
): AsyncGenerator<string> {
  if (depth < 0) return;
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => compareStrings(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) yield* walk(path, filter, depth - 1, seen);
    else if (isFile && filter(e.name)) yield path;
  }
}

/** Files matching a glob pattern (any extension: the pattern says which files are wanted). */
async function expandGlob(pattern: string): Promise<string[]> {
  const { base, rest } = globBase(pattern);
  const re = globToRegExp(rest);
  const depth = rest.includes('**') ? Infinity : rest.split('/').length - 1;
  const out: string[] = [];
  for await (const f of walk(base, () => true, depth)) {
    if (re.test(relative(base, f).split('\\').join('/'))) out.push(f);
  }
  return out;
}
