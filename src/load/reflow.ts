/** Turns laid-out PDF lines into text lines: wrapped bullets and hyphenated words joined, blocks kept apart. */
import { typicalHeight, type Segment } from './layout.js';

const BULLET = /^\s*(?:[-•●▪◦■►▸‣⁃∙·➢➤✓✔❖○*]|\d{1,2}[.)])\s/;
const ENDS_SENTENCE = /[.!?:;]$/;

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
    const wrapped = near && prev.x1 >= edge - 0.25 * (edge - prev.x0);
    const last = out[out.length - 1];
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
      (/^[a-z(\d]/.test(text.trimStart()) || (line.x0 >= prev.x0 - 2 && forcedBreak(prev, line, edge)))
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
 * True when the next line's first word would not have fitted after the previous line: the break was
 * forced by the width, so a line starting with a capital still continues the sentence. Short lines
 * (sidebar lists) never count, since their block's edge says nothing about the column width.
 */
function forcedBreak(prev: Segment, line: Segment, edge: number): boolean {
  if (prev.text.length < 50) return false;
  const charWidth = (prev.x1 - prev.x0) / prev.text.length;
  const firstWord = line.text.trimStart().split(/\s/)[0] ?? '';
  return prev.x1 + (firstWord.length + 1) * charWidth >= edge - charWidth;
}
