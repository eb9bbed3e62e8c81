/** Finds names the taxonomy does not know word for word in a resume ("Quarkflow"), for knock-outs that name them. */
import type { Evidence } from '../../types.js';
import { affirmed } from '../text/negation.js';

/** For each term, the first resume line that names it, when that mention does not deny it. */
export function termEvidence(lines: string[], terms: readonly string[]): Map<string, Evidence> {
  const found = new Map<string, Evidence>();
  for (const term of new Set(terms)) {
    const re = new RegExp(`(?<![\\w.])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i');
    const i = lines.findIndex((l) => re.test(l));
    if (i < 0) continue;
    const e = { line: i + 1, text: lines[i], match: re.exec(lines[i])![0] };
    if (affirmed([e]).length) found.set(term, e);
  }
  return found;
}
