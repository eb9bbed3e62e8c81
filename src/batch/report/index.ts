/** Batch reporters: pure functions from ranked rows to the text to print, registered by `--format` name. */
import type { BatchRow } from '../row.js';
import { csvReport } from './csv.js';
import { htmlBatchReport } from './html.js';
import { jsonlReport, jsonReport } from './json.js';
import { tableReport } from './table.js';

/** Options every batch reporter receives. */
export interface BatchReportOptions {
  /** Emit ANSI colour codes (the table only). */
  color: boolean;
  /** The terminal's width in columns (the table only; at least 80 is used). */
  width?: number;
  /** Reference date of the batch, `YYYY-MM-DD` (shown by the HTML report). */
  asOf?: string;
}

/** A batch reporter turns ranked rows into output. */
export type BatchReporter = (rows: BatchRow[], options: BatchReportOptions) => string;

/** Batch reporters by `--format` name; kept apart from the single-check REPORTERS. */
export const BATCH_REPORTERS: Record<string, BatchReporter> = {
  table: tableReport,
  csv: csvReport,
  json: jsonReport,
  jsonl: jsonlReport,
  html: htmlBatchReport,
};
