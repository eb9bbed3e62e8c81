/** Compares a job's skills with a resume's: which are shown (directly or through a narrower skill) and which are missing. */
import { withBroader, type Taxonomy } from '../taxonomy/taxonomy.js';
import type { Evidence, JobSkill, ResumeProfile } from '../types.js';

/** For each skill the resume implies, the evidence lines that show it: its own mentions first, then narrower skills'. */
export function resumeSkillEvidence(resume: ResumeProfile, tax: Taxonomy): Map<string, Evidence[]> {
  const direct = new Map<string, Evidence[]>();
  const implied = new Map<string, Evidence[]>();
  for (const hit of resume.skills) {
    for (const name of withBroader(tax, hit.skill)) {
      const target = name === hit.skill ? direct : implied;
      target.set(name, [...(target.get(name) ?? []), ...hit.evidence]);
    }
  }
  const shown = new Map<string, Evidence[]>();
  for (const name of new Set([...direct.keys(), ...implied.keys()])) {
    shown.set(name, [...(direct.get(name) ?? []), ...(implied.get(name) ?? [])]);
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
export function compareSkills(
  jobSkills: JobSkill[],
  shown: Map<string, Evidence[]>,
  tax?: Taxonomy,
): SkillComparison[] {
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
