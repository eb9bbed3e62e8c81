/** The one-line result (`--quiet` text output, CI logs). */
import type { FitResult } from '../types.js';

/** `78/100 good fit: Priya Raman → Senior Lead ML Engineer`, plus the knock-out count when any is hit. */
export function resultLine(r: FitResult): string {
  const hits = r.knockouts.filter((k) => k.status === 'hit').length;
  const ko = hits ? ` (${hits} knock-out${hits > 1 ? 's' : ''} hit)` : '';
  return `${r.score}/100 ${r.verdict}${ko}: ${r.resume.name ?? r.resume.path} → ${r.job.title}`;
}
