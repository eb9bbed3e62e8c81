/** Turns a path (or `-` for stdin) into a LoadedDocument. Only text and Markdown for now. */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { LoadedDocument } from '../types.js';
import { decodeText, looksBinary, normalizeText } from './decode.js';

/** Largest input file fitcheck reads, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Input sources the loader can read besides the file system. */
export interface LoadOptions {
  /** Reads all of standard input, for the path `-`. */
  readStdin?: () => Promise<Buffer>;
}

/** Read and decode one document. Throws InputError with a one-line reason. */
export async function loadDocument(path: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const buf = path === '-' ? await readStdinOrFail(options) : await readFileOrFail(path);
  return fromBuffer(path, buf);
}

/** Decode bytes already in memory (used for stdin and tests). */
export function fromBuffer(path: string, buf: Uint8Array): LoadedDocument {
  if (buf.length === 0) throw new InputError(path, 'the file is empty');
  if (looksBinary(buf)) throw new InputError(path, 'not a text document (binary content); fitcheck reads text and Markdown');
  const text = normalizeText(decodeText(buf));
  if (text.trim() === '') throw new InputError(path, 'the file has no text');
  return { path, format: detectTextFormat(path, text), text, warnings: [] };
}

function detectTextFormat(path: string, text: string): string {
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return /^#{1,6} \S/m.test(text) ? 'markdown' : 'text';
}

async function readFileOrFail(path: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (info.size > MAX_FILE_BYTES) {
    throw new InputError(path, `the file is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`);
  }
  try {
    return await readFile(path);
  } catch (err) {
    throw new InputError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

async function readStdinOrFail(options: LoadOptions): Promise<Buffer> {
  if (!options.readStdin) throw new InputError('-', 'standard input is not available here');
  return options.readStdin();
}
