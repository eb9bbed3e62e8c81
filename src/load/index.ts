/** Turns a path (or `-` for stdin) into a LoadedDocument. Only text and Markdown for now. */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { LoadedDocument } from '../types.js';
import { decodeText, looksBinary, normalizeText } from './decode.js';

/** Largest input file fitcheck reads, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Most text read from one document, in characters (a long resume is ~20,000): keeps analysis time bounded. */
export const MAX_TEXT_CHARS = 1_000_000;

/** Longest line read, in characters: evidence quotes whole lines, so one huge line would balloon every report. */
export const MAX_LINE_CHARS = 10_000;

/** The first line longer than MAX_LINE_CHARS, as a one-line problem, or null. */
export function longLineProblem(text: string): string | null {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
    if (end - start > MAX_LINE_CHARS) return `line ${line} is ${end - start} characters long; fitcheck reads lines up to ${MAX_LINE_CHARS} characters`;
    start = end + 1;
  }
  return null;
}

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
  if (text.length > MAX_TEXT_CHARS) throw new InputError(path, `${text.length} characters of text; fitcheck reads documents up to ${MAX_TEXT_CHARS} characters`);
  const longLine = longLineProblem(text);
  if (longLine) throw new InputError(path, longLine);
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
