/** The CI gates: a minimum score and the knock-out gate. Without a gate fitcheck is advisory. */
import type { FitResult } from '../types.js';

/** Gates asked for on the command line or in the config. */
export interface Gates {
  minScore?: number;
  failOnKnockout: boolean;
}

/** One line per failed gate, per job; empty when every gate passed. */
export function gateFailures(results: FitResult[], gates: Gates): string[] {
  const failures: string[] = [];
  for (const r of results) {
    const label = results.length > 1 ? ` for '${r.job.title}'` : '';
    if (gates.minScore !== undefined && r.score < gates.minScore)
      failures.push(`score ${r.score} is below the minimum of ${gates.minScore}${label}`);
    const hits = r.knockouts.filter((k) => k.status === 'hit');
    if (gates.failOnKnockout && hits.length)
      failures.push(
        `${hits.length} knock-out${hits.length > 1 ? 's' : ''} hit${label}: ${hits.map((k) => k.criterion).join(' / ')}`,
      );
  }
  return failures;
}
