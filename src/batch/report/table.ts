/** The terminal batch report: a ranked table that fits 80 columns, readable without colour. */
import { Chalk } from 'chalk';
import type { BatchRow } from '../row.js';
import type { BatchReportOptions } from './index.js';

const WIDTH = 80;
const GAP = '  ';

/** Cut text to `max` characters, keeping the end (file names) or the start (everything else). */
export function fit(text: string, max: number, keep: 'start' | 'end' = 'start'): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  return keep === 'end' ? '…' + text.slice(text.length - max + 1) : text.slice(0, max - 1) + '…';
}

/** Column widths: fixed numbers, then file (and job) names sized to their content, the rest for missing skills. */
function widths(rows: BatchRow[], withJob: boolean): { resume: number; job: number; rest: number } {
  const fixed = 4 + 5 + 7 + 2 + GAP.length * (withJob ? 5 : 4);
  const longest = (pick: (r: BatchRow) => string, header: string) => Math.max(header.length, ...rows.map((r) => pick(r).length));
  const resume = Math.min(longest((r) => r.resume, 'resume'), withJob ? 18 : 30);
  const job = withJob ? Math.min(longest((r) => r.job, 'job'), 16) : 0;
  return { resume, job, rest: WIDTH - fixed - resume - job };
}

/** Render ranked rows as a table; a second job column appears when rows span several jobs. */
export function tableReport(rows: BatchRow[], options: BatchReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const withJob = new Set(rows.map((r) => r.job)).size > 1;
  const w = widths(rows, withJob);
  const lead = (rank: string, r: { resume: string; job: string }) =>
    [rank.padStart(4), fit(r.resume, w.resume, 'end').padEnd(w.resume), ...(withJob ? [fit(r.job, w.job, 'end').padEnd(w.job)] : [])].join(GAP);
  const header = [lead('#', { resume: 'resume', job: 'job' }), 'score', 'band   ', 'KO', 'missing required skills'].join(GAP);
  const out = [c.bold(header.slice(0, WIDTH).trimEnd())];
  for (const r of rows) {
    if (r.error !== null) {
      const problem = r.error.startsWith(`${r.resume}: `) ? r.error.slice(r.resume.length + 2) : r.error;
      out.push(`${lead('-', r)}${GAP}${c.red(fit(`error: ${problem}`, WIDTH - lead('-', r).length - GAP.length))}`);
      continue;
    }
    const paint = r.knockedOut ? c.red : r.band === 'strong' ? c.green : r.band === 'good' ? c.cyan : r.band === 'partial' ? c.yellow : c.red;
    const missing = r.missing.length ? fit(r.missing.join(', '), w.rest) : c.dim('—');
    const cells = [lead(String(r.rank ?? ''), r), paint(String(r.score).padStart(5)), paint((r.band ?? '').padEnd(7)), r.knockedOut ? c.red('✖ ') : '  ', missing];
    out.push(cells.join(GAP).trimEnd());
  }
  if (rows.length === 0) out.push('  (no resumes to show)');
  return out.join('\n') + '\n';
}
