/** Turns a path (or `-` for stdin) into a LoadedDocument: detects the format by content and extracts lines of text. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { LoadedDocument } from '../types.js';
import { jsonToText, yamlToText } from './code.js';
import { decodeText, looksBinary, normalizeText, repairMojibake } from './decode.js';
import { sniffContainer, sniffText } from './detect.js';
import { htmlToText } from './html.js';
import { latexToText } from './latex.js';
import { MAX_FILE_BYTES, MAX_LINE_CHARS, MAX_TEXT_CHARS, MAX_TOKEN_CHARS } from './limits.js';
import { MSG } from './messages.js';
import { unspaceText } from './spacing.js';
import { textWarnings, WARN } from './warnings.js';

/** Input sources the loader can read besides the file system, and what the document is for. */
export interface LoadOptions {
  /** Reads all of standard input, for the path `-`. */
  readStdin?: () => Promise<Buffer>;
  /** What the document is for. Accepted for callers of earlier versions; the readers judge structure now. */
  kind?: 'resume' | 'job';
  /**
   * Stat and read a regular file synchronously. A check that reads its few files so starts no libuv thread pool
   * (four threads); a batch reads asynchronously, a file ahead while another is checked.
   */
  syncRead?: boolean;
}

/** Read and decode one document. Throws InputError with a one-line reason. */
export async function loadDocument(path: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const buf = path === '-' ? await readStdinOrFail(options) : await readFileOrFail(path, options.syncRead === true);
  return loadBuffer(path, buf, options);
}

/** Read a document already in memory (stdin, tests): PDF, DOCX, resume-as-code, LaTeX, HTML, Markdown or text. */
export async function loadBuffer(path: string, buf: Buffer, options: LoadOptions = {}): Promise<LoadedDocument> {
  if (buf.length === 0) throw new InputError(path, MSG.empty);
  if (buf.length > MAX_FILE_BYTES) throw new InputError(path, MSG.tooBigInput);
  const container = sniffContainer(buf);
  let extracted: { format: string; text: string; warnings: string[] };
  if (container === 'pdf') {
    const { pdfToText } = await import('./pdf.js');
    extracted = { format: 'pdf', ...(await pdfToText(path, buf)) };
  } else if (container === 'zip') {
    const { docxToText } = await import('./docx.js');
    extracted = { format: 'docx', ...(await docxToText(path, buf)) };
  } else if (container !== 'text') {
    throw new InputError(path, container.refuse === 'image' ? MSG.image(container.kind) : MSG[container.refuse]);
  } else {
    if (looksBinary(buf)) throw new InputError(path, MSG.binary);
    extracted = await fromText(path, decodeText(buf));
  }
  const { text, cut } = guardTokens(path, unspaceText(normalizeText(repairMojibake(extracted.text))));
  if (text.trim() === '') throw new InputError(path, extracted.format === 'docx' ? MSG.docxNoText : MSG.noText);
  if (text.length > MAX_TEXT_CHARS) throw new InputError(path, MSG.tooMuchText(text.length));
  guardLines(path, text);
  const warnings = [...extracted.warnings, ...textWarnings(text, extracted.format)];
  if (cut) warnings.push(WARN.longTokens(cut));
  return { path, format: extracted.format, text, warnings };
}

async function fromText(path: string, source: string): Promise<{ format: string; text: string; warnings: string[] }> {
  const kind = sniffText(path, source);
  if (kind === 'json') return jsonToText(path, source);
  if (kind === 'yaml') {
    const rendered = await yamlToText(path, source, /\.ya?ml$/i.test(path));
    if (rendered) return rendered;
  }
  if (kind === 'latex') return { format: 'latex', text: latexToText(source), warnings: [] };
  if (kind === 'html') return { format: 'html', text: htmlToText(source), warnings: [] };
  return { format: kind === 'markdown' ? 'markdown' : 'text', text: source, warnings: [] };
}

/**
 * Cut runs of characters without a space down to MAX_TOKEN_CHARS, so no later regular expression
 * meets a megabyte-long word; refuse a document that is mostly such runs.
 */
function guardTokens(path: string, text: string): { text: string; cut: number } {
  let cut = 0;
  let junk = 0;
  const long = new RegExp(`(?<!\\S)\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');
  const out = text.replace(long, (run) => {
    cut++;
    junk += run.length;
    return run.slice(0, MAX_TOKEN_CHARS);
  });
  if (cut && junk > 0.5 * text.replace(/\s/g, '').length) throw new InputError(path, MSG.junk);
  return { text: out, cut };
}

/** Refuse a line past MAX_LINE_CHARS (found by fuzzing: evidence repeated a 67 KB line into a 344 MB report). */
function guardLines(path: string, text: string): void {
  for (let start = 0, line = 1; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end - start > MAX_LINE_CHARS) throw new InputError(path, MSG.lineTooLong(line, end - start));
    start = end + 1;
  }
}

async function readFileOrFail(path: string, sync: boolean): Promise<Buffer> {
  let info;
  try {
    info = sync ? statSync(path) : await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? MSG.missing : `cannot read (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) throw new InputError(path, MSG.directory);
  if (info.size > MAX_FILE_BYTES) throw new InputError(path, MSG.tooBig(info.size));
  try {
    // Pipes and devices (<(cmd), /dev/stdin, /dev/zero) report no size: read them with a cap.
    if (!info.isFile()) return await readCapped(path);
    return sync ? readFileSync(path) : await readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

async function readCapped(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    total += (chunk as Buffer).length;
    if (total > MAX_FILE_BYTES) throw new InputError(path, MSG.tooBigInput);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readStdinOrFail(options: LoadOptions): Promise<Buffer> {
  if (!options.readStdin) throw new InputError('-', 'standard input is not available here');
  return options.readStdin();
}
