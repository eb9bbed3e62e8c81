/**
 * Rebuilds reading order from positioned PDF text items: items → rows (same baseline) → segments
 * (split at wide gaps) → columns (a vertical gutter no segment crosses) → lines, top to bottom.
 * Like OpenResume it groups items into lines by y; unlike it, it also keeps two-column layouts apart.
 */

/** A positioned piece of text, in PDF user space (y grows upwards). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A run of items on one baseline, without a wide gap inside. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  h: number;
}

/** How one page was laid out. */
export interface PageLayout {
  lines: Segment[];
  /** True when a two-column layout was found and read column by column. */
  columns: boolean;
}

import { unspaced } from './spacing.js';

const MAX_SEGMENTS = 1500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const GLYPH = /^[\p{L}\p{N}&]$/u;

/**
 * Where a row of one-glyph items (letter-spaced type set glyph by glyph) has its word gaps: the usual gap
 * between its glyphs is the letter spacing, and a word gap is wider by at least a narrow space (0.15 em).
 * Returns the gap above which two glyphs are two words, or null when the row has too few glyph pairs.
 */
function glyphWordGap(row: TextItem[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < row.length; i++)
    if (GLYPH.test(row[i - 1].str) && GLYPH.test(row[i].str)) gaps.push(row[i].x - (row[i - 1].x + row[i - 1].w));
  if (gaps.length < 3) return null;
  return median(gaps) + 0.15 * median(row.map((i) => i.h));
}

/**
 * Letter-spaced type arrives from pdf.js as items whose glyphs it parted with spaces ("J U N I O R"), one
 * item per word where the tracking is wide: such an item's glyphs join, and the gap to the next item stays a word gap.
 */
function joinSpacedGlyphs(item: TextItem): TextItem {
  const u = item.str.includes(' ') ? unspaced(item.str) : null;
  return u === null ? item : { ...item, str: u };
}

/** Group items into rows by baseline, then split rows into segments at gaps wider than ~1.5 em. */
export function toSegments(items: TextItem[]): Segment[] {
  const sorted = items
    .filter((i) => i.str.trim())
    .map(joinSpacedGlyphs)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= Math.max(1.5, 0.4 * Math.min(row[0].h, item.h))) row.push(item);
    else rows.push([item]);
  }
  // Left edges many rows start at: an item there after more than a word space begins a new segment,
  // so a narrow date column set close to the text ("2019 – 2021 Engineer, Acme") stays apart.
  const starts = new Map<number, number>();
  for (const row of rows)
    for (const x of new Set(row.map((i) => Math.round(i.x)))) starts.set(x, (starts.get(x) ?? 0) + 1);
  const isEdge = (x: number) => [-1, 0, 1].some((d) => (starts.get(Math.round(x) + d) ?? 0) >= 4);
  const segments: Segment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const wordGap = glyphWordGap(row);
    let seg: Segment | null = null;
    let prev: TextItem | null = null;
    for (const it of row) {
      const gap = seg ? it.x - seg.x1 : 0;
      if (
        seg &&
        gap < 1.5 * Math.max(seg.h, it.h) &&
        !(gap > 0.5 * it.h && isEdge(it.x) && /[\p{L}\p{N}]/u.test(seg.text))
      ) {
        const glyphs = wordGap !== null && prev !== null && GLYPH.test(prev.str) && GLYPH.test(it.str);
        const space = gap > (glyphs ? wordGap : 0.12 * it.h) && !/\s$/.test(seg.text) && !/^\s/.test(it.str);
        seg.text += (space ? ' ' : '') + it.str;
        seg.x1 = Math.max(seg.x1, it.x + it.w);
        seg.h = Math.max(seg.h, it.h);
      } else {
        if (seg) segments.push(seg);
        seg = { text: it.str, x0: it.x, x1: it.x + it.w, y: row[0].y, h: it.h };
      }
      prev = it;
    }
    if (seg) segments.push(seg);
  }
  return segments;
}

/** Share of `a`'s rows that have a row of `b` on the same baseline. */
function aligned(a: Segment[], b: Segment[]): number {
  if (a.length === 0) return 0;
  return a.filter((s) => b.some((t) => Math.abs(t.y - s.y) <= 0.5 * Math.min(s.h, t.h))).length / a.length;
}

const LABEL =
  /\b(19|20)\d{2}\b|\bpresent\b|\b\d+\s+(years?|months?|yrs?|mos?)\b|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[–-]?$/i;
const BULLET = /^\s*[•●▪◦■►▸‣⁃∙·➢➤✓✔❖○*-]\s/;
const PLACE = /^[\p{L} .'-]{2,30},\s{0,30}[\p{L} .'-]{2,30}$/u; // bounded \s: linear on long lines

/**
 * A label column (dates or places beside entry titles, as in moderncv or RenderCV themes) reads best
 * merged row by row. It is told from a sidebar by being row-aligned with the other side and either
 * mostly dates or sparse (entries far apart), where a sidebar is dense running text.
 */
function isLabelColumn(few: Segment[], many: Segment[]): boolean {
  if (aligned(few, many) < 0.5) return false;
  const dated = few.filter((s) => LABEL.test(s.text.trim()) || PLACE.test(s.text.trim())).length / few.length;
  const sorted = [...few].sort((a, b) => b.y - a.y);
  const dense =
    sorted.slice(1).filter((s, i) => sorted[i].y - s.y <= 2.5 * s.h).length / Math.max(1, sorted.length - 1);
  return dated >= 0.5 || dense < 0.5;
}

/**
 * The x of a gutter between two text columns, or null. A gutter is just left of a common left edge,
 * crossed by few segments (a full-width header), with text on both sides that is not a label column.
 */
export function findGutter(segs: Segment[]): number | null {
  // Resume pages hold a few hundred segments; past this the search (quadratic) is skipped, not slow.
  if (segs.length < 6 || segs.length > MAX_SEGMENTS) return null;
  const left = Math.min(...segs.map((s) => s.x0));
  const right = Math.max(...segs.map((s) => s.x1));
  const edges = new Map<number, number>();
  for (const s of segs) edges.set(Math.round(s.x0), (edges.get(Math.round(s.x0)) ?? 0) + 1);
  let best: { g: number; cut: number; crossing: number; balance: number } | null = null;
  for (const [edge, count] of edges) {
    if (count < 3 || edge - left < 0.1 * (right - left) || right - edge < 0.15 * (right - left)) continue;
    const g = edge - 2;
    const l = segs.filter((s) => s.x1 <= g + 1);
    const r = segs.filter((s) => s.x0 >= g);
    const crossers = segs.filter((s) => s.x0 < g && s.x1 > g + 1);
    const crossing = crossers.length;
    // Full-width lines (a centred heading, a summary) may cross the gutter; a row cut in two may not.
    const cut = crossers.filter((c) =>
      segs.some((s) => s !== c && Math.abs(s.y - c.y) <= 0.4 * Math.min(s.h, c.h)),
    ).length;
    if (l.length < 3 || r.length < 3 || cut > Math.min(2, 0.05 * segs.length) || crossing > 0.4 * segs.length) continue;
    const [few, many] = l.length <= r.length ? [l, r] : [r, l];
    if (isLabelColumn(few, many)) continue;
    const balance = Math.min(l.length, r.length);
    const better =
      !best ||
      cut < best.cut ||
      (cut === best.cut && (crossing < best.crossing || (crossing === best.crossing && balance > best.balance)));
    if (better) best = { g, cut, crossing, balance };
  }
  return best ? best.g : null;
}

const SECTION =
  /^(summary|profile|profiles|objective|experience|work experience|employment|education|skills|projects|certifications?|languages|references|awards|interests|publications|volunteer(ing)?|contact|achievements|courses|hobbies)$/i;

const CAPS_HEADING = /^[A-Z][A-Z&/ ]{2,40}$/;

/**
 * Two headings side by side ("PROJECTS" far left of "WORK EXPERIENCE", the tops of two columns the gutter
 * search did not part): capitals only, in type larger than the body, three ems or more apart.
 */
function twoHeadings(a: Segment, b: Segment, bodyH: number): boolean {
  const h = Math.min(a.h, b.h);
  return (
    h >= 1.1 * bodyH && b.x0 - a.x1 >= 3 * h && CAPS_HEADING.test(a.text.trim()) && CAPS_HEADING.test(b.text.trim())
  );
}

/** Merge segments on one baseline into one line (two spaces where a wide gap was). */
function mergeRows(segs: Segment[], bodyH: number): Segment[] {
  const out: Segment[] = [];
  for (const s of [...segs].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    const last = out[out.length - 1];
    // A section heading in a label column ("Experience" beside the first entry) stays a line of its own.
    if (
      last &&
      Math.abs(last.y - s.y) <= 0.4 * Math.min(last.h, s.h) &&
      !SECTION.test(last.text.trim()) &&
      !twoHeadings(last, s, bodyH)
    ) {
      // A date beside an entry's first bullet belongs to the entry's heading line just above.
      const heading =
        BULLET.test(last.text) && LABEL.test(s.text)
          ? out
              .slice(-3, -1)
              .reverse()
              .find((r) => !BULLET.test(r.text))
          : undefined;
      (heading ?? last).text += '  ' + s.text;
      if (!heading) last.x1 = s.x1;
    } else out.push({ ...s });
  }
  return out;
}

const largest = (segs: Segment[]) => Math.max(0, ...segs.map((s) => s.h));

/**
 * Lines of a block in reading order: full-width lines split it into bands; in a band each column is
 * read whole (recursively, for grids), the column with the largest type (the name) first, else left first.
 */
function layoutBlock(segs: Segment[], depth: number, found: { columns: boolean; bodyH: number }): Segment[] {
  const g = depth < 3 ? findGutter(segs) : null;
  if (g === null) return mergeRows(segs, found.bodyH);
  found.columns = true;
  const lines: Segment[] = [];
  let band: Segment[] = [];
  const flush = () => {
    const l = band.filter((s) => s.x1 <= g + 1);
    const r = band.filter((s) => s.x0 >= g);
    const [first, second] = largest(r) > largest(l) + 0.5 ? [r, l] : [l, r];
    lines.push(...layoutBlock(first, depth + 1, found), ...layoutBlock(second, depth + 1, found));
    band = [];
  };
  for (const s of [...segs].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    if (s.x0 < g && s.x1 > g + 1) {
      flush();
      lines.push(s);
    } else band.push(s);
  }
  flush();
  return lines;
}

/**
 * A narrow date column often wraps a range after its dash ("June 2022 –" over "Present"); put the
 * range back together before rows are merged, so it lands on the role's line whole.
 */
function joinWrappedRanges(segs: Segment[]): Segment[] {
  const out = [...segs];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (!/[–—-]\s*$/.test(a.text) || !LABEL.test(a.text)) continue;
    const j = out.findIndex(
      (b) =>
        b.y < a.y &&
        a.y - b.y <= 1.6 * a.h &&
        (Math.abs(b.x0 - a.x0) < a.h || Math.abs(b.x1 - a.x1) < a.h) &&
        /^\s*(present|current|now|(\w+\.?\s+)?\d{4})\b/i.test(b.text),
    );
    if (j < 0) continue;
    out[i] = { ...a, text: `${a.text.trimEnd()} ${out[j].text.trim()}`, x1: Math.max(a.x1, out[j].x1) };
    out.splice(j, 1);
    if (j < i) i--;
  }
  return out;
}

/** Lines of one page in reading order, and whether columns were found. */
export function layoutPage(items: TextItem[]): PageLayout {
  const segs = joinWrappedRanges(toSegments(items));
  const found = { columns: false, bodyH: median(segs.map((x) => x.h)) || 10 };
  const lines = layoutBlock(segs, 0, found);
  return { lines, columns: found.columns };
}

/** Typical line height on a page, for spacing decisions. */
export function typicalHeight(lines: Segment[]): number {
  return median(lines.map((l) => l.h)) || 10;
}
