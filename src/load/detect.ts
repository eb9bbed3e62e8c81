/** Detects what a file is from its content (magic bytes, structure), using the name only as a hint. */

/** What the bytes are, before any text is decoded. */
export type Container =
  'pdf' | 'zip' | 'text' | { refuse: 'image'; kind: string } | { refuse: 'legacyOffice' | 'rtf' | 'binary' };

const startsWith = (buf: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Uint8Array, from: number, to: number) => String.fromCharCode(...buf.subarray(from, to));

const IMAGES: [string, (b: Uint8Array) => boolean][] = [
  ['PNG', (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47])],
  ['JPEG', (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ['GIF', (b) => ascii(b, 0, 4) === 'GIF8'],
  ['TIFF', (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])],
  ['WebP', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['HEIC/AVIF', (b) => ascii(b, 4, 8) === 'ftyp' && /^(heic|heix|mif1|avif)/.test(ascii(b, 8, 12))],
  ['BMP', (b) => ascii(b, 0, 2) === 'BM' && b.length > 26 && b[14] >= 12 && b[15] === 0],
];

/** Classify bytes by their signature. PDFs may carry junk before `%PDF-` (the spec allows 1 KB). */
export function sniffContainer(buf: Uint8Array): Container {
  if (ascii(buf, 0, Math.min(buf.length, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  for (const [kind, test] of IMAGES) if (test(buf)) return { refuse: 'image', kind };
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { refuse: 'legacyOffice' };
  if (ascii(buf, 0, 5) === '{\\rtf') return { refuse: 'rtf' };
  return 'text';
}

/** Text formats fitcheck understands. */
export type TextFormat = 'json' | 'yaml' | 'latex' | 'html' | 'markdown' | 'text';

const YAML_RESUME_ROOT = /^(?:cv|content|basics|work|education):[ \t]*(?:#.*)?$/m;

/** Which text format a decoded document is written in. */
export function sniffText(path: string, text: string): TextFormat {
  const head = text.slice(0, 4096);
  const trimmed = head.trimStart();
  if ((/^[{[]/.test(trimmed) && /\.json$/i.test(path)) || /^\{\s*"/.test(trimmed)) return 'json';
  if (/\.ya?ml$/i.test(path) || YAML_RESUME_ROOT.test(head)) return 'yaml';
  if (/\\documentclass|\\begin\{document\}/.test(head) || /\.tex$/i.test(path)) return 'latex';
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(trimmed) || /\.x?html?$/i.test(path)) return 'html';
  if (/\.(md|markdown)$/i.test(path) || /^#{1,6} \S/m.test(text.slice(0, 65536))) return 'markdown';
  return 'text';
}
