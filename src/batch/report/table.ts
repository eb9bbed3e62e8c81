/** The terminal batch report: a ranked table as wide as the terminal (80 columns at least), readable without colour. */
import { Chalk } from 'chalk';
import type { BatchRow } from '../row.js';
import type { BatchReportOptions } from './index.js';

/** The table's width when the terminal's is unknown, and its least. */
export const MIN_WIDTH = 80;
const GAP = '  ';
/** Rank, score, band and knock-out columns with the gaps after them. */
const FIXED = 4 + 5 + 7 + 4 + GAP.length * 4;
/** The missing-skills column is never narrower; below it the skills go on their own line under the row. */
const MIN_MISSING = 24;
/** Missing skills named before "+N more". */
const TOP_MISSING = 3;

/** Cut text to `max` characters, keeping the end (file names) or the start (everything else). */
export function fit(text: string, max: number, keep: 'start' | 'end' = 'start'): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  return keep === 'end' ? '…' + text.slice(text.length - max + 1) : text.slice(0, max - 1) + '…';
}

/** Cut text to `max` characters keeping `head` characters of its start and the rest of its end. */
function middle(text: string, max: number, head: number): string {
  if (text.length <= max) return text;
  return text.slice(0, head) + '…' + text.slice(text.length - (max - 1 - head));
}

/**
 * Labels of at most `max` characters for distinct names, themselves distinct whenever the names are: the
 * start and the end of each name around a "…", with the cut moved until no two labels are the same.
 */
export function distinctLabels(names: string[], max: number): Map<string, string> {
  const unique = [...new Set(names)];
  for (const head of [Math.ceil((max - 1) / 2), ...Array.from({ length: max - 1 }, (_, i) => i)]) {
    const labels = unique.map((n) => middle(n, max, head));
    if (new Set(labels).size === unique.length) return new Map(unique.map((n, i) => [n, labels[i]]));
  }
  return new Map(unique.map((n) => [n, middle(n, max, Math.ceil((max - 1) / 2))]));
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
 * The name columns: the candidate's name (when any was read), the resume, or the job when one resume is
 * ranked against many jobs, or both. Each is as wide as its longest name up to a cap.
 */
function nameColumns(rows: BatchRow[], width: number): NameColumn[] {
  const resumes = new Set(rows.map((r) => r.resume)).size;
  const jobs = new Set(rows.map((r) => r.job)).size;
  const wanted: (Omit<NameColumn, 'width'> & { cap: number })[] = [];
  const wide = width >= 120;
  const strip = (pick: (r: BatchRow) => string, cap: number) => {
    const dir = commonDir([...new Set(rows.map(pick))]);
    const labels = distinctLabels(
      rows.map((r) => pick(r).slice(dir.length)),
      cap,
    );
    return (r: BatchRow) => labels.get(pick(r).slice(dir.length)) ?? '';
  };
  const pairs = resumes > 1 && jobs > 1;
  if ((resumes > 1 || jobs <= 1) && rows.some((r) => r.name)) {
    const cap = wide ? 26 : pairs ? 14 : 18;
    wanted.push({ header: 'name', pick: (r) => fit(r.name ?? '', cap), cap });
  }
  if (resumes > 1 || jobs <= 1) {
    const cap = wide ? 40 : pairs ? 18 : 30;
    wanted.push({ header: 'resume', pick: strip((r) => r.resume, cap), cap });
  }
  if (jobs > 1) {
    const cap = wide ? 36 : pairs ? 14 : 32;
    wanted.push({ header: 'job', pick: strip((r) => r.job, cap), cap });
  }
  return wanted.map((c) => ({
    header: c.header,
    pick: c.pick,
    width: Math.min(c.cap, Math.max(c.header.length, ...rows.map((r) => c.pick(r).length))),
  }));
}

/** The missing required skills: all when they fit, else the first three and how many more. */
export function missingText(r: BatchRow, room: number): string {
  const total = Math.max(r.missingCount ?? 0, r.missing.length);
  const all = r.missing.join(', ');
  if (total === r.missing.length && all.length <= room) return all;
  // As many of the first three as fit, and how many more there are.
  for (let n = Math.min(TOP_MISSING, r.missing.length); n >= 1; n--) {
    const more = total - n;
    const text = r.missing.slice(0, n).join(', ') + (more > 0 ? ` +${more} more` : '');
    if (text.length <= room) return text;
  }
  return fit(`${total} missing: ${r.missing[0]}`, room);
}

/** Render ranked rows as a table. */
export function tableReport(rows: BatchRow[], options: BatchReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, options.width ?? MIN_WIDTH);
  const cols = nameColumns(rows, width);
  const rest = width - FIXED - cols.reduce((n, col) => n + col.width + GAP.length, 0);
  // Too narrow for the skills: they go on a line of their own under the row, as wide as the table.
  const below = rest < MIN_MISSING;
  const lead = (rank: string, names: string[]) =>
    [rank.padStart(4), ...cols.map((col, i) => fit(names[i], col.width, 'end').padEnd(col.width))].join(GAP);
  const names = (r: BatchRow) => cols.map((col) => col.pick(r));
  const header = [
    lead(
      '#',
      cols.map((col) => col.header),
    ),
    'score',
    'band   ',
    'K-O ',
    below ? '' : fit('missing required skills', rest),
  ];
  const out = [c.bold(header.join(GAP).trimEnd())];
  for (const r of rows) {
    if (r.error !== null) {
      // The error message starts with the failing file's path, which the row already shows.
      const failing = [r.resume, r.job].find((p) => r.error!.startsWith(`${p}: `));
      const problem = failing ? r.error.slice(failing.length + 2) : r.error;
      const start = lead('-', names(r)) + GAP;
      const room = width - start.length;
      if (`error: ${problem}`.length <= room) out.push(start + c.red(`error: ${problem}`));
      else out.push(start.trimEnd(), '      ' + c.red(fit(`error: ${problem}`, width - 6)));
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
    const room = below ? width - 6 - 'missing: '.length : rest;
    const missing = r.missing.length ? missingText(r, room) : '';
    const cells = [
      lead(String(r.rank ?? ''), names(r)),
      paint(String(r.score).padStart(5)),
      paint((r.band ?? '').padEnd(7)),
      r.knockedOut ? c.red('✖ KO') : ' ok ',
      below ? '' : missing || c.dim('—'),
    ];
    out.push(cells.join(GAP).trimEnd());
    if (below && missing) out.push(`      missing: ${missing}`);
  }
  if (rows.length === 0) out.push('  (no resumes to show)');
  return out.join('\n') + '\n';
}
