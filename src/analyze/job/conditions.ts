/**
 * Knock-outs beyond skills and years: work authorisation and visa sponsorship, security clearance, on-site work or
 * relocation, and licences or certifications a posting makes a condition ("must hold an active CPA").
 */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import type { Evidence, KnockoutCriterion } from '../../types.js';
import { PREFERRED_CUE } from './requirements.js';
import type { SectionKind } from './sections.js';

const WORDS = lexicon().knockouts;
/** A condition's kind. */
export type ConditionKind = 'authorization' | 'clearance' | 'onsite' | 'license';
// Clearance first: "U.S. citizenship required to obtain a clearance" is a clearance condition (and an authorisation one).
const KINDS: [ConditionKind, RegExp][] = [
  ['clearance', new RegExp(phrases(WORDS.clearance), 'i')],
  ['authorization', new RegExp(phrases(WORDS.authorization), 'i')],
  ['license', new RegExp(phrases(WORDS.licenses), 'i')],
  ['onsite', new RegExp(phrases(WORDS.onsite), 'i')],
];
const HARD = new RegExp(phrases([...lexicon().cues.hard, ...lexicon().cues.requires]), 'i');
const NEGATION = new RegExp(phrases(WORDS.negations), 'i');
// "Sponsorship is not available", "we are unable to sponsor visas": a knock-out without "must".
const SPONSOR = /\bsponsor/i;
const SPONSOR_CONTEXT = new RegExp(phrases(WORDS.sponsorContext), 'i');
// Equal-opportunity boilerplate names citizenship and the like without asking for them.
const BOILERPLATE = new RegExp(phrases(WORDS.boilerplate), 'i');
const NOT_CONDITION = new RegExp(phrases(WORDS.notConditions), 'i');
// A licence's name: a word with two capitals or a capital and a digit ("CPA", "PMP", "CompTIA"), near the licence word.
const isName = (w: string) => /^[A-Z]/.test(w) && /[A-Z0-9]/.test(w.slice(1)) && !/[^A-Za-z0-9&+-]/.test(w);
const LICENCE_WORD = KINDS.find(([k]) => k === 'license')![1];
const NEAR = 4;

/** The condition kinds a sentence states, each once. */
export function conditionKinds(sentence: string): ConditionKind[] {
  return KINDS.filter(([, re]) => re.test(sentence)).map(([k]) => k);
}

/**
 * The conditions a sentence sets: it names one of the kinds and asks for it (a hard cue, a requirements section, or
 * a denied sponsorship), not merely prefers it; equal-opportunity sentences set none.
 */
export function conditionCriteria(
  sentence: string,
  lineNo: number,
  original: string,
  section: SectionKind | undefined,
): KnockoutCriterion[] {
  const denied = SPONSOR.test(sentence) && NEGATION.test(sentence) && SPONSOR_CONTEXT.test(sentence);
  const named = conditionKinds(sentence);
  const kinds = denied && !named.includes('authorization') ? ['authorization' as const, ...named] : named;
  if (kinds.length === 0 || BOILERPLATE.test(sentence) || PREFERRED_CUE.test(sentence) || section === 'preferred')
    return [];
  const hard = HARD.test(sentence);
  if (!hard && section !== 'required' && !denied) return [];
  // On-site work and licences are conditions only when stated as such, not as a perk or a maybe.
  const firm = (k: ConditionKind) => (k !== 'onsite' && k !== 'license') || (hard && !NOT_CONDITION.test(sentence));
  const criterion = sentence.trim().replace(/^[-*•·]\s*/, '');
  const evidence: Evidence = { line: lineNo, text: original, match: sentence.trim() };
  return kinds.filter(firm).map((kind) => {
    const terms = kind === 'license' ? licenceNames(criterion) : [];
    return {
      criterion,
      kind,
      evidence,
      source: 'requirement' as const,
      ...(terms.length ? { terms } : {}),
    };
  });
}

/** Names of the licences or certifications a criterion asks for, near its licence word ("an active CPA licence" → CPA). */
function licenceNames(criterion: string): string[] {
  const words = criterion.split(/\s+/).map(bare);
  const at = words.findIndex((w) => LICENCE_WORD.test(w));
  if (at < 0) return [];
  const near = words.slice(Math.max(0, at - NEAR), at + NEAR + 1);
  return [...new Set(near.filter((w) => isName(w) && !HARD.test(w)))];
}

/** A word without the brackets, quotes and punctuation around it. */
function bare(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && `("'`.includes(word[start])) start++;
  while (end > start && `)"'.,;:`.includes(word[end - 1])) end--;
  return word.slice(start, end);
}
