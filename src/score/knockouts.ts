/** Judges each knock-out criterion against the resume: hit, clear or unknown, with evidence. */
import { educationMet } from '../analyze/education.js';
import { leadershipEvidence } from '../analyze/seniority.js';
import type { Evidence, JobProfile, KnockoutCriterion, KnockoutVerdict, ResumeProfile } from '../types.js';

/** Verdict for one criterion. */
export function judgeKnockout(c: KnockoutCriterion, resume: ResumeProfile, shown: Map<string, Evidence[]>, job: JobProfile): KnockoutVerdict {
  const base = { criterion: c.criterion, jobEvidence: c.evidence };
  switch (c.kind) {
    case 'years': {
      const years = resume.experience.candidateYears;
      if (years === null) return { ...base, status: 'unknown', reason: 'The resume has no dated roles, so its years of experience cannot be read.' };
      return years < c.years!
        ? { ...base, status: 'hit', reason: `The resume shows ${years} years; the posting rules out less than ${c.years}.` }
        : { ...base, status: 'clear', reason: `The resume shows ${years} years (at least ${c.years}).` };
    }
    case 'skills': {
      const found = c.skills!.find((s) => shown.has(s));
      if (found) return { ...base, status: 'clear', reason: `The resume shows ${found}.`, evidence: shown.get(found)![0] };
      return { ...base, status: 'hit', reason: `The resume shows none of: ${c.skills!.join(', ')}.` };
    }
    case 'leadership': {
      const led = leadershipEvidence(resume.lines);
      if (led) return { ...base, status: 'clear', reason: 'The resume shows leadership.', evidence: led.evidence };
      return { ...base, status: 'unknown', reason: 'The resume does not say whether you have led people or projects.' };
    }
    case 'education': {
      const met = educationMet(job.education.required, resume.education.candidate);
      if (met === null) return { ...base, status: 'unknown', reason: 'The resume names no degree.' };
      return met
        ? { ...base, status: 'clear', reason: `The resume shows a ${resume.education.candidate} degree.`, evidence: resume.education.evidence }
        : { ...base, status: 'hit', reason: `The resume's highest level is ${resume.education.candidate}.`, evidence: resume.education.evidence };
    }
    default:
      return { ...base, status: 'unknown', reason: 'fitcheck cannot judge this criterion from the text; check it yourself.' };
  }
}
