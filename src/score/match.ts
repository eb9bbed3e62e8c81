/** Compares a job's skills with a resume's: which are shown (directly or through a narrower skill) and which are missing. */
import { withBroader, type Taxonomy } from '../analyze/taxonomy.js';
import type { Evidence, JobSkill, ResumeProfile } from '../types.js';

/** For each skill the resume implies, the evidence lines that show it. */
export function resumeSkillEvidence(resume: ResumeProfile, tax: Taxonomy): Map<string, Evidence[]> {
  const shown = new Map<string, Evidence[]>();
  for (const hit of resume.skills) {
    for (const implied of withBroader(tax, hit.skill)) {
      const list = shown.get(implied) ?? [];
      for (const e of hit.evidence) list.push(e); // not push(...): a skill named on 200k lines overflows the stack
      shown.set(implied, list);
    }
  }
  return shown;
}

/** A job skill with its resume evidence (empty when missing). */
export interface SkillComparison {
  job: JobSkill;
  evidence: Evidence[];
  /** Satisfied through an any-of alternative rather than the skill itself. */
  viaAlternative?: string;
}

/** Compare every job skill against the resume. */
export function compareSkills(jobSkills: JobSkill[], shown: Map<string, Evidence[]>): SkillComparison[] {
  return jobSkills.map((job) => {
    const evidence = shown.get(job.skill) ?? [];
    if (evidence.length || !job.anyOf) return { job, evidence };
    const alt = job.anyOf.find((s) => shown.has(s));
    return alt ? { job, evidence: [], viaAlternative: alt } : { job, evidence };
  });
}
