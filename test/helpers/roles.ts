/** The roles a text resume reads as [title, employer, start, end]: one row per role, for role-reading tests. */
import { analyzeResume } from '../../src/analyze/resume.js';

export function readRoles(text: string, asOf: Date): (string | null)[][] {
  return analyzeResume({ path: 'r.txt', format: 'text', text, warnings: [] }, asOf).roles.map((r) => [
    r.title,
    r.employer,
    r.start,
    r.end,
  ]);
}
