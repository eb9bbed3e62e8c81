/** Tells a mention that denies a skill ("no cloud footprint", "without Kubernetes") from one that shows it. */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import type { Evidence } from '../../types.js';

// Up to 30 characters before the match, within the clause: "we have no cloud", "moved away from AWS".
const NEGATION = new RegExp(`${phrases(lexicon().negation.words)}[^.;,]{0,30}$`, 'i');

/** True when the words just before the match deny it. */
export function isNegated(e: Evidence): boolean {
  const at = e.text.indexOf(e.match);
  return at >= 0 && NEGATION.test(e.text.slice(Math.max(0, at - 60), at));
}

/** Evidence that really shows the skill. */
export function affirmed(evidence: Evidence[]): Evidence[] {
  return evidence.filter((e) => !isNegated(e));
}
