/** The terminal batch report: a ranked table that fits 80 columns, readable without colour. */
import { Chalk } from 'chalk';
import type { BatchRow } from '../row.js';
import type { BatchReportOptions } from './index.js';

const WIDTH = 80;
const GAP = '  ';
/** Rank, score, band and knock-out columns with the gaps after them. */
const FIXED = 4 + 5 + 7 + 4 + GAP.length * 4;

/** Cut text to `max` characters, keeping the end (file names) or the start (everything else). */
export function fit(text: string, max: number, keep: 'start' | 'end' = 'start'): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  return keep === 'end' ? '…' + text.slice(text.length - max + 1) : text.slice(0, max - 1) + '…';
}

/** The folder every path shares (`a/b/` for `a/b/x.md` and `a/b/c/y.md`), so the table shows only what differs. */
export function commonDir(paths: string[]): string {
  if (paths.length < 2) return '';
  let prefix = paths[0].slice(0, paths[0].lastIndexOf('/') + 1);
  for (const p of paths)
    while (prefix && !p.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  return prefix;
}

interface NameColumn {
  header: string;
  pick: (r: BatchRow) => string;
  width: number;
}

/**
 * The name columns: the resume, or the job when one resume is ranked against many jobs, or both.
 * Each is as wide as its longest name up to a cap; the rest of the 80 columns lists missing skills.
 */
function nameColumns(rows: BatchRow[]): NameColumn[] {
  const resumes = new Set(rows.map((r) => r.resume)).size;
  const jobs = new Set(rows.map((r) => r.job)).size;
  const wanted: Omit<NameColumn, 'width'>[] = [];
  const strip = (pick: (r: BatchRow) => string) => {
    const dir = commonDir([...new Set(rows.map(pick))]);
    return (r: BatchRow) => pick(r).slice(dir.length);
  };
  if (resumes > 1 || jobs <= 1) wanted.push({ header: 'resume', pick: strip((r) => r.resume) });
  if (jobs > 1) wanted.push({ header: 'job', pick: strip((r) => r.job) });
  const cap = wanted.length === 1 ? 32 : 18;
  return wanted.map((c) => ({
    ...c,
    width: Math.min(cap, Math.max(c.header.length, ...rows.map((r) => c.pick(r).length))),
  }));
}

/** Render ranked rows as a table. */
export function tableReport(rows: BatchRow[], options: BatchReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const cols = nameColumns(rows);
  const rest = WIDTH - FIXED - cols.reduce((n, col) => n + col.width + GAP.length, 0);
  const lead = (rank: string, names: string[]) =>
    [rank.padStart(4), ...cols.map((col, i) => fit(names[i], col.width, 'end').padEnd(col.width))].join(GAP);
  const names = (r: BatchRow) => cols.map((col) => col.pick(r));
  const out = [
    c.bold(
      [
        lead(
          '#',
          cols.map((col) => col.header),
        ),
        'score',
        'band   ',
        'K-O ',
        fit('missing skills', rest),
      ].join(GAP),
    ),
  ];
  for (const r of rows) {
    if (r.error !== null) {
      // The error message starts with the failing file's path, which the row already shows.
      const failing = [r.resume, r.job].find((p) => r.error!.startsWith(`${p}: `));
      const problem = failing ? r.error.slice(failing.length + 2) : r.error;
      const start = lead('-', names(r)) + GAP;
      out.push(start + c.red(fit(`error: ${problem}`, WIDTH - start.length)));
      continue;
    }
    const paint = r.knockedOut
      ? c.red
      : r.band === 'strong'
        ? c.green
        : r.band === 'good'
          ? c.cyan
          : r.band === 'partial'
            ? c.yellow
            : c.red;
    const missing = r.missing.length ? fit(r.missing.join(', '), rest) : c.dim('—');
    const cells = [
      lead(String(r.rank ?? ''), names(r)),
      paint(String(r.score).padStart(5)),
      paint((r.band ?? '').padEnd(7)),
      r.knockedOut ? c.red('✖ KO') : ' ok ',
      missing,
    ];
    out.push(cells.join(GAP).trimEnd());
  }
  if (rows.length === 0) out.push('  (no resumes to show)');
  return out.join('\n') + '\n';
}
