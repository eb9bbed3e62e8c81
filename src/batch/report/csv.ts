/** CSV batch report (RFC 4180): a header row, one row per resume-job pair, CRLF line ends. */
import type { BatchRow } from '../row.js';

/** Column names, the same as the JSON fields. */
export const CSV_COLUMNS = [
  'rank',
  'resume',
  'job',
  'jobTitle',
  'score',
  'band',
  'verdict',
  'knockedOut',
  'missing',
  'error',
  'name',
  'years',
  'level',
  'education',
  'missingCount',
  'missingSections',
] as const;

/** Quote a field when it holds a comma, quote or line break; double any quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(row: BatchRow, column: (typeof CSV_COLUMNS)[number]): string {
  const v = row[column];
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join('; ') : String(v);
}

/** Render rows as CSV; missing skills are joined with `; `. */
export function csvReport(rows: BatchRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(cell(r, c))).join(','))];
  return lines.join('\r\n') + '\r\n';
}
