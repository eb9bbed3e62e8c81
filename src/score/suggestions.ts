/** Advice, most costly gap first: knock-outs, missing required skills, years, seniority, education, hygiene. */
import { rank } from '../analyze/seniority.js';
import type { Taxonomy } from '../analyze/taxonomy.js';
import type { Evidence, JobProfile, KnockoutVerdict, ResumeProfile, Suggestion } from '../types.js';
import type { SkillComparison } from './match.js';

/** Reverse links of a taxonomy, in taxonomy order: who names a skill as related, who has a skill as broader. */
interface Links {
  order: Map<string, number>;
  relatedTo: Map<string, string[]>;
  childrenOf: Map<string, string[]>;
}

// Built once per taxonomy: scanning every skill for each missing one cost ~12% of a batch worker's CPU.
const linksCache = new WeakMap<Map<string, unknown>, Links>();

function linksOf(tax: Taxonomy): Links {
  let links = linksCache.get(tax.skills);
  if (!links) {
    links = { order: new Map(), relatedTo: new Map(), childrenOf: new Map() };
    for (const other of tax.skills.values()) {
      links.order.set(other.name, links.order.size);
      for (const r of new Set(other.related ?? [])) (links.relatedTo.get(r) ?? links.relatedTo.set(r, []).get(r)!).push(other.name);
      for (const b of new Set(other.broader ?? [])) (links.childrenOf.get(b) ?? links.childrenOf.set(b, []).get(b)!).push(other.name);
    }
    linksCache.set(tax.skills, links);
  }
  return links;
}

/** A related skill the resume shows for a missing one (shared broader skill or a `related` link). */
export function transferableFrom(skill: string, shown: Map<string, Evidence[]>, tax: Taxonomy): string | null {
  const entry = tax.skills.get(skill);
  const links = linksOf(tax);
  const others = new Set<string>(links.relatedTo.get(skill) ?? []);
  for (const b of entry?.broader ?? []) for (const name of links.childrenOf.get(b) ?? []) others.add(name);
  others.delete(skill);
  const ordered = [...others].sort((a, b) => links.order.get(a)! - links.order.get(b)!);
  const candidates = new Set<string>([...(entry?.related ?? []), ...ordered]);
  return [...candidates].find((c) => shown.has(c) && !tax.skills.get(c)?.broader?.includes(skill)) ?? null;
}

/** The advice line for one missing skill. */
export function skillSuggestion(skill: string, required: boolean, related: string | null): string {
  const stake = required ? 'The posting requires' : 'The posting prefers';
  if (related) return `${stake} ${skill}; your resume shows ${related}. If that experience transfers, say so in a bullet (e.g. "${related}, comparable to ${skill}").`;
  return `${stake} ${skill}. If you have used ${skill}, show it in a role's bullet with what you did and the result, not only in the skills list.`;
}

/** All suggestions for one check. */
export function buildSuggestions(
  job: JobProfile,
  resume: ResumeProfile,
  compared: SkillComparison[],
  knockouts: KnockoutVerdict[],
  shown: Map<string, Evidence[]>,
  tax: Taxonomy,
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const k of knockouts.filter((v) => v.status === 'hit')) out.push({ kind: 'knockout', message: `Knock-out: "${k.criterion}". ${k.reason}` });
  for (const k of knockouts.filter((v) => v.status === 'unknown')) out.push({ kind: 'knockout', message: `Unclear: "${k.criterion}". ${k.reason} If it does not apply to you, make that explicit.` });
  const missing = compared
    .filter((c) => c.evidence.length === 0 && !c.viaAlternative)
    .sort((a, b) => Number(b.job.required) - Number(a.job.required) || b.job.mentions - a.job.mentions);
  for (const c of missing) {
    out.push({ kind: 'skill', skill: c.job.skill, message: skillSuggestion(c.job.skill, c.job.required, transferableFrom(c.job.skill, shown, tax)) });
  }
  const req = job.experience.requiredYears;
  const cand = resume.experience.candidateYears;
  if (req !== null && cand !== null && cand < req) out.push({ kind: 'experience', message: `The posting asks for ${req}+ years; your dated roles add up to ${cand}. If earlier work is missing dates, add them; otherwise expect this gap to be noticed.` });
  if (req !== null && cand === null) out.push({ kind: 'experience', message: `The posting asks for ${req}+ years, but no role on your resume has dates fitcheck can read (write e.g. "Jan 2019 – Present").` });
  const rs = job.seniority.required;
  const cs = resume.seniority.candidate;
  if (rs && cs && rank(cs) < rank(rs)) out.push({ kind: 'seniority', message: `The posting is ${rs}-level; your latest title reads as ${cs}. Show scope: team size led, systems owned, decisions made.` });
  if (job.education.required && resume.education.candidate === null) out.push({ kind: 'education', message: `The posting asks for a ${job.education.required} degree; your resume names none. Add an Education section.` });
  for (const w of resume.warnings) out.push({ kind: 'hygiene', message: w });
  return out;
}
