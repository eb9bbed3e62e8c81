/** Turns a posting's disqualifier lines ("Less than 8 years…, No experience with…") into criteria. */
import type { Evidence, KnockoutCriterion } from '../types.js';
import { matchLine } from './skills.js';
import type { Taxonomy } from './taxonomy.js';
import { yearsMentions } from './years.js';

const CUE = '(?:less than|fewer than|under|no|lack of|lacks|without|not|insufficient|limited|inability to)\\b';
const DISQUALIFIER_LINE = new RegExp(`^\\s*(?:[-*•]\\s*)?${CUE}`, 'i');
const SPLIT = new RegExp(`,\\s*(?=${CUE})`, 'i');
const LEADERSHIP = /\b(leadership|leading|lead|managing|management|mentor)/i;

/** Split a disqualifier line into its criteria and read what each one checks. */
export function criteriaFromLine(line: string, lineNo: number, tax: Taxonomy): KnockoutCriterion[] {
  if (!DISQUALIFIER_LINE.test(line)) return [];
  return line
    .split(SPLIT)
    .map((part) => part.trim().replace(/[.;]$/, ''))
    .filter((part) => part.length > 0)
    .map((criterion) => readCriterion(criterion, { line: lineNo, text: line, match: criterion }, tax));
}

function readCriterion(criterion: string, evidence: Evidence, tax: Taxonomy): KnockoutCriterion {
  const years = yearsMentions(criterion, evidence.line)[0];
  if (years && /less than|fewer than|under/i.test(criterion)) return { criterion, kind: 'years', years: years.years, evidence };
  if (LEADERSHIP.test(criterion)) return { criterion, kind: 'leadership', evidence };
  if (/degree|bachelor|master|ph\.?d/i.test(criterion)) return { criterion, kind: 'education', evidence };
  const skills = [...new Set(matchLine(criterion, evidence.line, tax).map((m) => m.skill))];
  if (skills.length) return { criterion, kind: 'skills', skills, evidence };
  return { criterion, kind: 'other', evidence };
}

/** Every knock-out criterion in a posting. */
export function knockoutCriteria(lines: string[], tax: Taxonomy): KnockoutCriterion[] {
  return lines.flatMap((line, i) => criteriaFromLine(line, i + 1, tax));
}
