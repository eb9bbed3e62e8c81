// The per-occupation table of the livecareer set: one row per folder, shares of its files.
import { mean, median } from '../lib/figures.mjs';

const pct = (n, d) => (d ? (n / d).toFixed(2) : 'n/a');

/** Rows: folder, files, crashes, refused, name read, dated roles, years > 0, education, median skills, mean seconds. */
export function occupationTable(rows) {
  const folders = [...new Set(rows.map((r) => r.folder))].sort();
  const line = (label, rs) => [
    label,
    rs.length,
    rs.filter((r) => r.crash).length,
    rs.filter((r) => r.refused).length,
    pct(rs.filter((r) => !r.name).length, rs.length),
    pct(rs.filter((r) => r.dated > 0).length, rs.length),
    pct(rs.filter((r) => r.years > 0).length, rs.length),
    pct(rs.filter((r) => r.education).length, rs.length),
    median(rs.filter((r) => r.ok).map((r) => r.skills)) ?? 'n/a',
    (mean(rs.map((r) => r.seconds)) ?? 0).toFixed(3),
  ];
  return {
    id: 'livecareer.by-occupation',
    title: 'per occupation folder (shares of its files; seconds are timings)',
    rows: [
      ['occupation', 'files', 'crash', 'refused', 'no name', 'dated', 'years>0', 'education', 'skills', 's/file'],
      ...folders.map((f) =>
        line(
          f,
          rows.filter((r) => r.folder === f),
        ),
      ),
      line('all', rows),
    ],
  };
}
