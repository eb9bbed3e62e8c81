/**
 * Letter-spaced type ("W O R K  H I S T O R Y"), common in design templates: glyphs of one word join and
 * word gaps stay. In a PDF the positions decide (layout.ts); this module reads what a string alone says.
 */

// A letter-spaced word: one-glyph tokens (a kerned pair may stay two: "TO RY"), single spaces between.
const TOKEN = /^[\p{L}\p{N}&'’.-]{1,2}$/u;
const ONE = /^[\p{L}\p{N}]$/u;
const LONE = /^[\p{L}\p{N}&]$/u;

/** True when `word` (no double spaces) is one letter-spaced word: at least three glyph tokens, mostly single. */
function isSpacedWord(word: string): boolean {
  const tokens = word.split(' ');
  if (tokens.length < 3 || !tokens.every((t) => TOKEN.test(t))) return false;
  const single = tokens.filter((t) => ONE.test(t)).length;
  return single >= 3 && single >= 0.6 * tokens.length;
}

/**
 * The text of a string that is letter-spaced as a whole, glyphs joined ("J U N I O R" → "JUNIOR"), or null.
 * Two or more spaces are word gaps ("W O R K  H I S T O R Y" → "WORK HISTORY"); a word of two glyphs
 * between spaced words ("D A T A  I N" → "DATA IN") joins too.
 */
export function unspaced(text: string): string | null {
  const t = text.trim();
  if (t.length < 5 || t.length > 200) return null;
  const words = t.split(/ {2,}|\t+/);
  if (!words.some(isSpacedWord)) return null;
  const joined: string[] = [];
  for (const w of words) {
    const glyphs = w.split(' ');
    if (isSpacedWord(w) || (glyphs.length <= 3 && glyphs.every((g) => LONE.test(g)))) joined.push(glyphs.join(''));
    else return null;
  }
  return joined.join(' ');
}

/** A text line that is letter-spaced throughout, with its words joined; any other line unchanged. */
export function unspaceLine(line: string): string {
  if (!line.includes(' ') || line.length > 200) return line;
  const u = unspaced(line);
  if (u === null || !/ {2}/.test(line.trim())) return line;
  return line.match(/^\s*/)![0] + u;
}

const SPACED_HINT = /(?:^|\s)[\p{L}\p{N}] [\p{L}\p{N}] [\p{L}\p{N}](?=\s|$)/mu;

/** Every line of a text with its letter-spaced lines joined (a text or DOCX copy of a designed PDF). */
export function unspaceText(text: string): string {
  if (!SPACED_HINT.test(text)) return text;
  return text.split('\n').map(unspaceLine).join('\n');
}
