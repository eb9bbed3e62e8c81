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

/** Compare every job skill against the resume; with the taxonomy, an alternative is named by its most specific shown member. */
export function compareSkills(jobSkills: JobSkill[], shown: Map<string, Evidence[]>, tax?: Taxonomy): SkillComparison[] {
  return jobSkills.map((job) => {
    const evidence = shown.get(job.skill) ?? [];
    if (evidence.length || !job.anyOf) return { job, evidence };
    const alts = job.anyOf.filter((s) => shown.has(s));
    // "via AWS" says more than "via Cloud Platforms": skip members that are broader than another shown member.
    const specific = tax ? alts.filter((a) => !alts.some((o) => o !== a && withBroader(tax, o).includes(a))) : alts;
    const alt = specific[0] ?? alts[0];
    return alt ? { job, evidence: [], viaAlternative: alt } : { job, evidence };
  });
}
