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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Group items into rows by baseline, then split rows into segments at gaps wider than ~1.5 em. */
export function toSegments(items: TextItem[]): Segment[] {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= Math.max(1.5, 0.4 * Math.min(row[0].h, item.h))) row.push(item);
    else rows.push([item]);
  }
  const segments: Segment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let seg: Segment | null = null;
    for (const it of row) {
      const gap = seg ? it.x - seg.x1 : 0;
      if (seg && gap < 1.5 * Math.max(seg.h, it.h)) {
        const space = gap > 0.12 * it.h && !/\s$/.test(seg.text) && !/^\s/.test(it.str);
        seg.text += (space ? ' ' : '') + it.str;
        seg.x1 = Math.max(seg.x1, it.x + it.w);
        seg.h = Math.max(seg.h, it.h);
      } else {
        if (seg) segments.push(seg);
        seg = { text: it.str, x0: it.x, x1: it.x + it.w, y: row[0].y, h: it.h };
      }
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

/**
 * The x of a gutter between two text columns, or null. A gutter is just left of a common left edge,
 * crossed by few segments (a full-width header), with text on both sides that is not merely a label
 * column aligned row by row with the other (dates beside titles read better as one line).
 */
export function findGutter(segs: Segment[]): number | null {
  if (segs.length < 8) return null;
  const left = Math.min(...segs.map((s) => s.x0));
  const right = Math.max(...segs.map((s) => s.x1));
  const edges = new Map<number, number>();
  for (const s of segs) edges.set(Math.round(s.x0), (edges.get(Math.round(s.x0)) ?? 0) + 1);
  let best: { g: number; crossing: number; balance: number } | null = null;
  for (const [edge, count] of edges) {
    if (count < 3 || edge - left < 0.15 * (right - left) || right - edge < 0.15 * (right - left)) continue;
    const g = edge - 2;
    const l = segs.filter((s) => s.x1 <= g + 1);
    const r = segs.filter((s) => s.x0 >= g);
    const crossing = segs.length - l.length - r.length;
    if (l.length < 3 || r.length < 3 || crossing > Math.max(2, 0.12 * segs.length)) continue;
    const [few, many] = l.length <= r.length ? [l, r] : [r, l];
    if (aligned(few, many) >= 0.5) continue;
    const balance = Math.min(l.length, r.length);
    if (!best || crossing < best.crossing || (crossing === best.crossing && balance > best.balance)) best = { g, crossing, balance };
  }
  return best ? best.g : null;
}

/** Merge segments on one baseline into one line (two spaces where a wide gap was). */
function mergeRows(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of [...segs].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - s.y) <= 0.4 * Math.min(last.h, s.h)) {
      last.text += '  ' + s.text;
      last.x1 = s.x1;
    } else out.push({ ...s });
  }
  return out;
}

/** Lines of one page in reading order: full-width lines split the page into bands, each read column by column. */
export function layoutPage(items: TextItem[]): PageLayout {
  const segs = toSegments(items);
  const g = findGutter(segs);
  if (g === null) return { lines: mergeRows(segs), columns: false };
  const lines: Segment[] = [];
  let band: Segment[] = [];
  const flush = () => {
    lines.push(...mergeRows(band.filter((s) => s.x1 <= g + 1)), ...mergeRows(band.filter((s) => s.x0 >= g)));
    band = [];
  };
  for (const s of [...segs].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    if (s.x0 < g && s.x1 > g + 1) {
      flush();
      lines.push(s);
    } else band.push(s);
  }
  flush();
  return { lines, columns: true };
}

/** Typical line height on a page, for spacing decisions. */
export function typicalHeight(lines: Segment[]): number {
  return median(lines.map((l) => l.h)) || 10;
}
