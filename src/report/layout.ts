/** Terminal layout helpers: visible width, wrapping, trimming around a match, a score bar. */

/** Report width in columns. */
export const WIDTH = 80;

const ANSI = /\x1b\[[0-9;]*m/g;
// East Asian wide characters and pictographs take two columns in a terminal.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}]/u;
// Combining marks and variation selectors take none.
const ZERO = /[\u0300-\u036f\u200b-\u200f\ufe00-\ufe0f]/u;

/** Columns a string takes on screen, ANSI codes excluded. */
export function visibleWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ANSI, '')) w += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Cut a plain string to at most `max` columns. */
function cut(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (visibleWidth(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/** Trim a line to `max` columns, keeping the match in view and marking cuts with "…". */
export function trimAround(text: string, match: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (visibleWidth(t) <= max) return t;
  const at = match ? Math.max(0, t.indexOf(match)) : 0;
  let start = Math.max(0, at - Math.max(0, Math.floor((max - match.length) / 2)));
  // Don't leave empty room at the end: slide back so the tail fills the line.
  start = Math.min(start, Math.max(0, t.length - (max - 1)));
  // Prefer to start at a word when one begins close by (never past the match).
  const space = t.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < at && space - start < 8) start = space + 1;
  const head = start > 0 ? '…' : '';
  const full = cut(t.slice(start), max - head.length);
  if (start + full.length >= t.length) return head + full;
  return head + cut(t.slice(start), max - head.length - 1).trimEnd() + '…';
}

/** Wrap text at word boundaries to `width` columns; words longer than the width are cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const word = visibleWidth(raw) > width ? cut(raw, width - 1) + '…' : raw;
    if (cur && visibleWidth(cur) + 1 + visibleWidth(word) > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Wrap with a first-line prefix and a hanging indent for the rest. */
export function hang(first: string, text: string, indent: number, width = WIDTH): string[] {
  const lines = wrap(text, width - indent);
  return lines.map((l, i) => (i === 0 ? first.padEnd(indent) : ' '.repeat(indent)) + l);
}

/** A score bar of block characters. */
export function bar(score: number, width = 20): string {
  const filled = Math.max(0, Math.min(width, Math.round((score / 100) * width)));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** Pad a possibly coloured string to `n` visible columns. */
export function padVisible(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - visibleWidth(s)));
}
