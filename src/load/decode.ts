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

/**
 * Normalise line endings and characters that only disturb matching (NBSP, zero-width, ligatures, full-width
 * ASCII such as "－" and "｜", bullets, quotes).
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2002-\u2006\u2008-\u200a\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\ufb00-\ufb06\uff01-\uff5e]/g, (c) => c.normalize('NFKC'))
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

// Windows-1252's characters for the bytes 0x80–0x9f, by code point.
const CP1252: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};
const CONT = `\\u0080-\\u00bf${Object.keys(CP1252)
  .map((c) => `\\u${Number(c).toString(16).padStart(4, '0')}`)
  .join('')}`;
// A UTF-8 lead byte read as Latin-1/Windows-1252, then up to three continuation bytes read the same way.
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00f4][${CONT}]{1,3}`, 'g');
// A three-byte character whose last byte Windows-1252 has no character for (0x81, 0x8d, 0x8f, 0x90, 0x9d) loses
// that byte. Of the few characters the two bytes left could be, the one such text holds: a closing quote for
// "â€" (E2 80 9D), a full-width dash for "ï¼" (EF BC 8D, a separator between an employer and its place).
const LOST_BYTE: Record<string, string> = { '\u00e2\u20ac': '\u201d', '\u00ef\u00bc': '\uff0d' };
const LOST = new RegExp(`(?:${Object.keys(LOST_BYTE).join('|')})(?![${CONT}])`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Undo UTF-8 text that was decoded as Windows-1252 on its way into the file ("â€“" for "–", "â€¢" for a
 * bullet, "Â " for a no-break space, "Ã©" for "é"), as some PDF producers do. A run is replaced only when its bytes are one
 * valid UTF-8 character, so real accented text stays as it is.
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  // A no-break space's lead byte whose second byte a PDF dropped or spaced ("members.Â", "Â Â ") goes; the space stays.
  return text
    .replace(/\u00c2(?=[\s\u00c2]|$)/g, '')
    .replace(LOST, (run) => LOST_BYTE[run])
    .replace(MOJIBAKE, (run) => {
      const lead = run.charCodeAt(0);
      const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
      if (run.length < 1 + need) return run;
      const bytes = [...run.slice(0, 1 + need)].map((c) => {
        const code = c.charCodeAt(0);
        return code <= 0xff ? code : CP1252[code];
      });
      try {
        const decoded = utf8.decode(new Uint8Array(bytes));
        return [...decoded].length === 1 ? decoded + run.slice(1 + need) : run;
      } catch {
        return run;
      }
    });
}
