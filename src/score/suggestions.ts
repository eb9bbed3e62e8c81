/** Advice, most costly gap first: knock-outs, required skills, years, seniority, education, preferred skills, hygiene. */
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { Evidence, JobProfile, KnockoutVerdict, ResumeProfile, Suggestion } from '../types.js';
import { backgroundSuggestions, knockoutSuggestions } from './gap-advice.js';
import { hygieneSuggestions } from './hygiene.js';
import { relatedShown } from './related.js';
import type { SkillComparison } from './match.js';
import { skillCoverage } from './score.js';
import { skillSuggestions } from './skill-advice.js';
import { DEFAULT_WEIGHTS, RELEVANCE_FLOOR, type Weights } from './weights.js';

export { missingSkillSuggestion, skillSuggestion } from './skill-advice.js';

/** The closest related skill the resume shows for a missing one, by name (null when none). */
export function transferableFrom(skill: string, shown: Map<string, Evidence[]>, tax: Taxonomy): string | null {
  return relatedShown(skill, shown, tax)?.skill ?? null;
}

/** All suggestions for one check, in the order a job seeker should act on them. */
export function buildSuggestions(
  job: JobProfile,
  resume: ResumeProfile,
  compared: SkillComparison[],
  knockouts: KnockoutVerdict[],
  shown: Map<string, Evidence[]>,
  tax: Taxonomy,
  weights: Weights = DEFAULT_WEIGHTS,
): Suggestion[] {
  const skills = skillSuggestions(job, compared, shown, tax, weights);
  const yearsKnockedOut = knockouts.some((k, i) => k.status === 'hit' && job.knockouts[i]?.kind === 'years');
  const relevance = RELEVANCE_FLOOR + (1 - RELEVANCE_FLOOR) * skillCoverage(compared).required;
  return [
    ...knockoutSuggestions(job, knockouts),
    ...skills.filter((s) => s.required),
    // A hit years knock-out already says what the years gap means; don't say it twice.
    ...backgroundSuggestions(job, resume, weights, relevance).filter((s) => !(s.kind === 'experience' && yearsKnockedOut)),
    ...skills.filter((s) => !s.required),
    ...hygieneSuggestions(resume, compared),
  ];
}
