/** Turns raw bytes into text, whatever encoding a text file was saved in, and tidies characters. */

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Node 20's TextDecoder('windows-1252') drops bytes 0x80–0x9F, so they are mapped here by hand.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode Windows-1252 (a superset of Latin-1 for the printable range). */
export function decodeWindows1252(buf: Uint8Array): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const chunk = buf.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

/** Decode a text file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. */
export function decodeText(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return UTF8.decode(buf);
  } catch {
    return decodeWindows1252(buf);
  }
}

// Bullet glyphs people paste or PDFs emit; they become "- " so every format lists the same way.
// Leading space stays on its own line: \s* here spanned blank lines, which made runs of them quadratic.
const BULLET_START = /^([^\S\r\n\u2028\u2029]*)[•●▪◦▫■□◆◇►▸‣⁃∙·➢➤✓✔❖○](?:\s+|(?=\S))/gm;

/** Normalise line endings and characters that only disturb matching (NBSP, zero-width, ligatures, bullets, quotes). */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2002-\u2006\u2008-\u200a\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'))
    .replace(/[\u2010-\u2012\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\ue000-\uf8ff]/g, '')
    .replace(BULLET_START, '$1- ')
    .replace(/(?<! ) +$/gm, ''); // the lookbehind keeps long runs of spaces linear
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
