/** Turns laid-out PDF lines into text lines: wrapped bullets and hyphenated words joined, blocks kept apart. */
import { typicalHeight, type Segment } from './layout.js';

const BULLET = /^\s*(?:[-•●▪◦■►▸‣⁃∙·➢➤✓✔❖○*]|\d{1,2}[.)])\s/;
const ENDS_SENTENCE = /[.!?:;]$/;
// A list line ("Java, Kotlin, Natural"): a wrapped one continues its last item on the next line, capital or not.
const LIST = /\S,\s+\S/;
// A line that opens with a label ("Reporting: Excel, …") starts an item of its own.
const LABEL = /^\s*[^,:\s][^,:]{0,29}:/;

// One capitalised word alone on a line, and the words a phrase cannot end on.
const LONE_WORD = /^\p{Lu}[\p{L}]{3,}$/u;
const PHRASE_OPEN = /\b(?:a|an|the|of|and|or|to|in|for|with|at|on|by|from|as|our|their|its|his|her)$/i;

/**
 * A lone capitalised word under a long line that ends a phrase is a heading ("… and guidelines" over
 * "Experience"), not the end of that line; after a function word it is ("… reporting to the" over "Board").
 * A heading starts at its column's left edge: set in from a line near it of the same column (a role's
 * heading at the margin, its paragraph indented), the word is the paragraph's last one ("… and Employee"
 * over "Training").
 */
function headingAfter(prev: Segment, line: Segment, lines: Segment[], i: number): boolean {
  if (prev.text.length < 50 || !LONE_WORD.test(line.text.trim()) || PHRASE_OPEN.test(prev.text.trimEnd())) return false;
  return !lines
    .slice(Math.max(0, i - 12), i + 13)
    .some((l) => l.x0 < line.x0 - line.h && l.x1 > line.x0 && Math.abs(l.y - line.y) < 30 * line.h);
}

/** Join the lines of one page; a blank line marks a large vertical gap or a jump to another column. */
export function reflow(lines: Segment[]): string[] {
  const h = typicalHeight(lines);
  // Line spacing varies by template (1.2 to 1.8 em): learn it from the page's own closest consecutive lines.
  const drops = lines
    .slice(1)
    .map((l, i) => lines[i].y - l.y)
    .filter((d) => d > 0 && d < 3 * h)
    .sort((a, b) => a - b);
  const spacing = Math.max(1.3 * h, 1.2 * (drops[Math.floor(drops.length / 4)] ?? h));
  // The tightest line pitch on the page, in type heights: the drop between two lines of one paragraph.
  let pitch = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const r = (lines[i - 1].y - lines[i].y) / lines[i].h;
    if (r >= 0.9 && r < pitch && Math.abs(lines[i].h - lines[i - 1].h) < 0.05 * lines[i].h) pitch = r;
  }
  const out: string[] = [];
  let prev: Segment | null = null;
  let bulletX: number | null = null;
  for (const [index, line] of lines.entries()) {
    const text = line.text.trimEnd();
    if (!prev) {
      out.push(text);
      bulletX = BULLET.test(text) ? line.x0 : null;
      prev = line;
      continue;
    }
    const drop = prev.y - line.y;
    // A wrapped line runs (nearly) to its column's right edge and continues in the same type size.
    const near = drop > 0 && drop <= spacing && Math.abs(line.h - prev.h) <= 0.2 * prev.h;
    const edge = near ? rightEdge(lines, index - 1, h) : 0;
    const last = out[out.length - 1];
    const above = prev;
    const heading = () => headingAfter(above, line, lines, index);
    // In a narrow column a short line may be wrapped too: the next line's first word did not fit after it.
    // Only at the page's tightest line pitch: a wider drop starts a new item or paragraph.
    const column =
      near && drop <= 1.1 * pitch * line.h && Math.abs(line.x0 - prev.x0) < 2
        ? columnEdge(lines, index - 1, spacing)
        : null;
    // The column's edge must be one that several lines reach; a list's continuation needs more support.
    const forced = column !== null && column.support >= 1 && noRoomFor(prev, line, column.edge);
    const listWrap =
      forced &&
      column.support >= 2 &&
      LIST.test(prev.text) &&
      !/,$/.test(prev.text.trim()) &&
      !LABEL.test(text) &&
      !heading();
    const wrapped = (near && prev.x1 >= edge - 0.25 * (edge - prev.x0)) || forced;
    const isBullet = BULLET.test(text);
    if (near && !isBullet && /[A-Za-z]-$/.test(last) && /^[a-z]/.test(text)) {
      out[out.length - 1] = last.slice(0, -1) + text;
    } else if (wrapped && !isBullet && bulletX !== null && line.x0 > bulletX + 2 && !ENDS_SENTENCE.test(last)) {
      out[out.length - 1] = `${last} ${text.trimStart()}`;
    } else if (
      wrapped &&
      !isBullet &&
      !ENDS_SENTENCE.test(last) &&
      Math.abs(line.x0 - prev.x0) < 2 * h &&
      (/^[a-z(\d]/.test(text.trimStart()) ||
        (line.x0 >= prev.x0 - 2 && forcedBreak(prev, line, edge, () => textEdge(lines, index - 1), heading)) ||
        listWrap)
    ) {
      out[out.length - 1] = `${last} ${text.trimStart()}`;
    } else {
      if (drop <= 0 || drop > 1.6 * spacing) out.push('');
      out.push(text);
      bulletX = isBullet ? line.x0 : null;
    }
    prev = line;
  }
  return out;
}

/** The right edge of the block line `i` sits in: the furthest right its neighbours with the same indent reach. */
function rightEdge(lines: Segment[], i: number, h: number): number {
  const line = lines[i];
  let edge = line.x1;
  for (const l of lines.slice(Math.max(0, i - 8), i + 9))
    if (Math.abs(l.x0 - line.x0) < 1.5 * h && l.x1 > edge) edge = l.x1;
  return edge;
}

/**
 * The furthest right the page's other lines reach among those that start left of where line `i` ends (its
 * column, not one beside it): the text's right edge.
 */
function textEdge(lines: Segment[], i: number): number {
  let edge = 0;
  for (let k = 0; k < lines.length; k++)
    if (k !== i && lines[k].x0 < lines[i].x1 && lines[k].x1 > edge) edge = lines[k].x1;
  return edge;
}

/**
 * The right edge of a column that wraps its text, from the lines of the paragraph block line `i` sits in
 * (no jump up, no gap wider than a paragraph break) with the same left edge: the furthest right one reaches,
 * and how many lines other than line `i` end within an em of it (a ragged list of short lines has few).
 */
function columnEdge(lines: Segment[], i: number, spacing: number): { edge: number; support: number } {
  const line = lines[i];
  const block = [line];
  const inBlock = (upper: Segment, lower: Segment) => upper.y - lower.y > 0 && upper.y - lower.y <= 1.6 * spacing;
  for (let j = i - 1; j >= Math.max(0, i - 8) && inBlock(lines[j], lines[j + 1]); j--) block.push(lines[j]);
  for (let j = i + 1; j <= Math.min(lines.length - 1, i + 8) && inBlock(lines[j - 1], lines[j]); j++)
    block.push(lines[j]);
  const same = block.filter((l) => Math.abs(l.x0 - line.x0) < 2);
  const edge = Math.max(...same.map((l) => l.x1));
  return { edge, support: same.filter((l) => l !== line && edge - l.x1 <= line.h).length };
}

/**
 * True when the next line's first word would not have fitted after the previous line, within its block's edge
 * and within the page's text edge: the break was forced by the width, so a line starting with a capital still
 * continues the sentence. Short lines (sidebar lists) never count, since their block's edge says nothing about
 * the column width; nor does a line the page's text runs well past ("…, Excel" over a heading "Experience").
 */
function forcedBreak(
  prev: Segment,
  line: Segment,
  edge: number,
  pageEdge: () => number,
  heading: () => boolean,
): boolean {
  if (prev.text.length < 50) return false;
  if (heading()) return false;
  const charWidth = (prev.x1 - prev.x0) / prev.text.length;
  const firstWord = line.text.trimStart().split(/\s/)[0] ?? '';
  const fits = (right: number) => prev.x1 + (firstWord.length + 1) * charWidth < right - charWidth;
  // Checked last, since it reads the whole page: the word would not have fitted before the text's own edge either.
  return !fits(edge) && !fits(pageEdge());
}

/**
 * True when the next line's first word would not have fitted after the previous line within the block's right
 * edge: the width broke the line. The word's width is measured on the next line itself, so a short line in a
 * narrow sidebar ("Tableau, Power" over "BI") counts as well as a long one.
 */
function noRoomFor(prev: Segment, line: Segment, edge: number): boolean {
  const text = line.text.trim();
  const word = text.split(/\s/)[0] ?? '';
  if (!word || text.length === 0) return false;
  const wordWidth = ((line.x1 - line.x0) * word.length) / text.length;
  return prev.x1 + 0.25 * line.h + wordWidth > edge + 0.05 * line.h;
}
