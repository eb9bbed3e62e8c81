// Plain-text tables: the figure table (with a baseline's values and changes) and small grids.
import { change, formatOf, formatValue } from './figures.mjs';

/** Columns padded to their widest cell; the first `left` columns align left, the rest right. */
export function grid(rows, left = 1) {
  const widths = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, String(c).length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The figure table of every set; with a baseline, each figure's saved value and its change. */
export function figureTable(sections, baseline) {
  const byId = new Map((baseline?.figures ?? []).map((f) => [f.id, f]));
  const head = ['figure', 'what', 'value', 'of', ...(baseline ? ['baseline', 'change'] : [])];
  const out = [];
  for (const s of sections) {
    out.push('', `${s.set}: ${s.skip ? `skipped (${s.skip})` : s.title}`);
    if (s.skip) continue;
    const rows = [head];
    for (const f of s.figures) {
      const base = byId.get(f.id);
      const extra = baseline ? [base ? formatValue(base) : 'new', change(f, base)] : [];
      const label = f.kind === 'skipped' ? `${f.label} (${f.why})` : f.label;
      rows.push([f.id, label, formatValue(f), formatOf(f), ...extra]);
    }
    out.push(indent(grid(rows, 2)));
    for (const t of s.tables ?? []) out.push('', `  ${t.title}`, indent(grid(t.rows, t.left ?? 1), 4));
  }
  if (baseline) {
    const seen = new Set(sections.flatMap((s) => (s.figures ?? []).map((f) => f.id)));
    const gone = [...byId.keys()].filter(
      (id) => !seen.has(id) && sections.some((s) => !s.skip && id.startsWith(`${s.set}.`)),
    );
    if (gone.length) out.push('', `in the baseline, not measured now: ${gone.join(', ')}`);
  }
  return out.join('\n');
}

const indent = (text, n = 2) =>
  text
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');
