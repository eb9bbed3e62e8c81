/** Every message of a check, most costly gap first: knock-outs, required skills, years, seniority, education, preferred skills, hygiene. */
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { Evidence, JobProfile, KnockoutVerdict, Message, ResumeProfile } from '../types.js';
import { backgroundMessages, knockoutMessages } from './gap-advice.js';
import { hygieneMessages } from './hygiene.js';
import type { SkillComparison } from './match.js';
import { skillCoverage } from './score.js';
import { skillMessages } from './skill-advice.js';
import { DEFAULT_WEIGHTS, RELEVANCE_FLOOR, type Weights } from './weights.js';

/** All messages for one check, in the order a job seeker should act on them. */
export function buildMessages(
  job: JobProfile,
  resume: ResumeProfile,
  compared: SkillComparison[],
  knockouts: KnockoutVerdict[],
  shown: Map<string, Evidence[]>,
  tax: Taxonomy,
  weights: Weights = DEFAULT_WEIGHTS,
): Message[] {
  const skills = skillMessages(job, compared, shown, tax, weights);
  const yearsKnockedOut = knockouts.some((k, i) => k.status === 'hit' && job.knockouts[i]?.kind === 'years');
  const relevance = RELEVANCE_FLOOR + (1 - RELEVANCE_FLOOR) * skillCoverage(compared).required;
  return [
    ...knockoutMessages(job, knockouts),
    ...skills.filter((s) => s.required),
    // A hit years knock-out already says what the years gap means; don't say it twice.
    ...backgroundMessages(job, resume, weights, relevance).filter((s) => !(s.kind === 'experience' && yearsKnockedOut)),
    ...skills.filter((s) => !s.required),
    ...hygieneMessages(resume, compared),
  ];
}
