/** What a resume says about the conditions a posting may set: work authorisation, clearance, relocation. */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import type { ConditionAnswers, Evidence } from '../../types.js';

const WORDS = lexicon().knockouts;
const AUTHORIZED = new RegExp(phrases(WORDS.resumeAuthorization), 'i');
const NEEDS_SPONSORSHIP = new RegExp(phrases(WORDS.resumeSponsorship), 'i');
const CLEARED = new RegExp(phrases(WORDS.resumeClearance), 'i');
const RELOCATES = new RegExp(phrases(WORDS.resumeRelocation), 'i');

type ConditionAnswer = NonNullable<ConditionAnswers['authorization']>;

function firstLine(lines: string[], re: RegExp): Evidence | undefined {
  const i = lines.findIndex((l) => l !== '' && re.test(l));
  return i < 0 ? undefined : { line: i + 1, text: lines[i], match: re.exec(lines[i])![0] };
}

/** Work authorisation: "requires sponsorship" does not meet it, "British citizen" or "permanent resident" does. */
function authorizationAnswer(lines: string[]): ConditionAnswer | undefined {
  const needs = firstLine(lines, NEEDS_SPONSORSHIP);
  if (needs) return { meets: false, evidence: needs };
  const has = firstLine(lines, AUTHORIZED);
  return has ? { meets: true, evidence: has } : undefined;
}

/** A security clearance the resume names ("Active TS/SCI clearance"). */
function clearanceAnswer(lines: string[]): ConditionAnswer | undefined {
  const has = firstLine(lines, CLEARED);
  return has ? { meets: true, evidence: has } : undefined;
}

/** Willingness to relocate ("Open to relocation"). */
function relocationAnswer(lines: string[]): ConditionAnswer | undefined {
  const has = firstLine(lines, RELOCATES);
  return has ? { meets: true, evidence: has } : undefined;
}

/** What a resume answers of each condition kind; a kind it does not answer is left out. */
export function conditionAnswers(lines: string[]): ConditionAnswers {
  const out: ConditionAnswers = {};
  const authorization = authorizationAnswer(lines);
  const clearance = clearanceAnswer(lines);
  const onsite = relocationAnswer(lines);
  if (authorization) out.authorization = authorization;
  if (clearance) out.clearance = clearance;
  if (onsite) out.onsite = onsite;
  return out;
}
