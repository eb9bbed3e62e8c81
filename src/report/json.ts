/** The JSON reporter: the result as is (schema version 1), stable key order. */
import type { FitResult } from '../types.js';

/** Render a result as pretty JSON with a trailing newline. */
export function jsonReport(result: FitResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
