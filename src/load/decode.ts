/** Turns raw bytes into text, whatever encoding a text file was saved in. */

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WIN1252 = new TextDecoder('windows-1252');

/** Decode a text file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. */
export function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return UTF8.decode(buf);
  } catch {
    return WIN1252.decode(buf);
  }
}

/** Normalise line endings and characters that only disturb matching (NBSP, zero-width, ligatures). */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\ufb01/g, 'fi')
    .replace(/\ufb02/g, 'fl')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(buf: Uint8Array): boolean {
  if (buf[0] === 0xff && buf[1] === 0xfe) return false;
  if (buf[0] === 0xfe && buf[1] === 0xff) return false;
  const n = Math.min(buf.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}
