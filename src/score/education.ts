/** Judges a resume's education against a posting's requirement, with the escape clause "or equivalent experience". */
import type { EducationLevel } from '../types.js';
import { educationGap } from './levels.js';
import { EQUIVALENT_YEARS } from './weights.js';

/** Whether a candidate's level meets the requirement (null when the resume names no level). */
export function educationMet(required: EducationLevel | null, candidate: EducationLevel | null): boolean | null {
  if (required === null) return true;
  if (candidate === null) return null;
  return educationGap(required, candidate) >= 0;
}

/**
 * Whether the resume meets the posting's education requirement. A degree at or above the level meets
 * it. When the posting has an escape clause ("or equivalent practical experience"), professional years
 * meet it instead: at least the posting's required years, and never fewer than the usual equivalence
 * (EQUIVALENT_YEARS). Null when the resume names no level and no escape applies.
 */
export function educationStanding(
  job: {
    education: { required: EducationLevel | null; alternative?: string | null };
    experience: { requiredYears: number | null };
  },
  resume: { education: { candidate: EducationLevel | null }; experience: { candidateYears: number | null } },
): { met: boolean | null; viaExperience: boolean } {
  const met = educationMet(job.education.required, resume.education.candidate);
  if (met !== false && met !== null) return { met, viaExperience: false };
  const years = resume.experience.candidateYears;
  const equivalent = EQUIVALENT_YEARS[job.education.required ?? 'high school'];
  if (job.education.alternative && years !== null && years >= Math.max(job.experience.requiredYears ?? 0, equivalent))
    return { met: true, viaExperience: true };
  return { met, viaExperience: false };
}
