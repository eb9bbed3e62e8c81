/** Compares a job's skills with a resume's: which are shown (directly or through a narrower skill) and which are missing. */
import { withBroader, type Taxonomy } from '../taxonomy/taxonomy.js';
import type { Evidence, JobSkill, ResumeProfile, Role, SkillShowing } from '../types.js';
import type { ShowingOf } from './depth.js';

// The roles whose heading sits on each line, per resume: a mention is checked against the roles of its own line,
// not every role (a long resume has as many roles as mentions, and checking all of them for each is quadratic).
const headingRoles = new WeakMap<ResumeProfile, Map<number, Role[]>>();

function rolesOnLine(resume: ResumeProfile, line: number): Role[] {
  let byLine = headingRoles.get(resume);
  if (!byLine) {
    byLine = new Map();
    for (const r of resume.roles) {
      if (r.employer === null) continue;
      for (const l of new Set([r.line, r.titleEvidence?.line ?? r.line])) byLine.set(l, [...(byLine.get(l) ?? []), r]);
    }
    headingRoles.set(resume, byLine);
  }
  return byLine.get(line) ?? [];
}

/**
 * Whether a mention is only part of an employer's name on a role's heading ("Spark" in "Data Analyst, Spark
 * Digital"): a company called after a tool says nothing about the candidate's use of it.
 */
export function inEmployerName(e: Evidence, resume: ResumeProfile): boolean {
  const m = e.match.toLowerCase();
  return rolesOnLine(resume, e.line).some(
    (r) => r.employer!.toLowerCase().includes(m) && !r.title.toLowerCase().includes(m),
  );
}

/** For each skill the resume implies, the evidence lines that show it: its own mentions first, then narrower skills'. */
export function resumeSkillEvidence(resume: ResumeProfile, tax: Taxonomy): Map<string, Evidence[]> {
  const direct = new Map<string, Evidence[]>();
  const implied = new Map<string, Evidence[]>();
  for (const hit of resume.skills) {
    const evidence = hit.evidence.filter((e) => !inEmployerName(e, resume));
    if (!evidence.length) continue;
    for (const name of withBroader(tax, hit.skill)) {
      const target = name === hit.skill ? direct : implied;
      const list = target.get(name);
      if (list) list.push(...evidence);
      else target.set(name, [...evidence]);
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
  /** How the resume shows the skill (or, with `viaAlternative`, that alternative), with the credit it earns. */
  shown?: SkillShowing;
}

/** The credit 0–1 a comparison earns: its showing's, else full for any evidence (callers without a resume to weigh). */
export function creditOf(c: SkillComparison): number {
  if (c.shown) return c.shown.credit;
  return c.evidence.length > 0 || c.viaAlternative !== undefined ? 1 : 0;
}

/**
 * Compare every job skill against the resume; with the taxonomy, an alternative is named by its most specific
 * shown member. With `showing`, each comparison says how the resume shows it, and an any-of group is covered by
 * the member that earns most (a named member before one only implied).
 */
export function compareSkills(
  jobSkills: JobSkill[],
  shown: Map<string, Evidence[]>,
  tax?: Taxonomy,
  showing?: ShowingOf,
): SkillComparison[] {
  // Only a comparison with evidence (its own, or its alternative's) has a showing to weigh.
  const withShowing = (c: SkillComparison, name: string): SkillComparison => {
    const s = c.evidence.length || c.viaAlternative ? showing?.(name) : undefined;
    return s ? { ...c, shown: s } : c;
  };
  return jobSkills.map((job) => {
    const evidence = shown.get(job.skill) ?? [];
    const own = withShowing({ job, evidence }, job.skill);
    if (!job.anyOf || (evidence.length && own.shown?.how !== 'implied')) return own;
    const alts = job.anyOf.filter((s) => s !== job.skill && shown.has(s));
    // "via AWS" says more than "via Cloud Platforms": skip members that are broader than another shown member.
    const specific = tax ? alts.filter((a) => !alts.some((o) => o !== a && withBroader(tax, o).includes(a))) : alts;
    const credit = (a: string) => showing?.(a)?.credit ?? 1;
    const alt = [...specific, ...alts].sort((a, b) => credit(b) - credit(a))[0];
    if (!alt || (evidence.length && credit(alt) <= creditOf(own))) return own;
    return withShowing({ job, evidence: [], viaAlternative: alt }, alt);
  });
}
