/** JSON and JSON Lines batch reports: the ranked rows as they are. */
import type { BatchRow } from '../row.js';

// A row's full result (kept for the HTML report) is never part of the JSON rows.
const plain = ({ detail: _detail, ...row }: BatchRow) => row;

/** A pretty JSON array, best first, errors last. */
export function jsonReport(rows: BatchRow[]): string {
  return JSON.stringify(rows.map(plain), null, 2) + '\n';
}

/** One compact JSON object per line, in ranking order. */
export function jsonlReport(rows: BatchRow[]): string {
  return rows.map((r) => JSON.stringify(plain(r)) + '\n').join('');
}
