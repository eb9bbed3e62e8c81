/** Advice for a missing skill: name transferable experience the resume shows, never invent a skill it does not. */
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { Evidence, JobProfile, Suggestion } from '../types.js';
import type { SkillComparison } from './match.js';
import { relatedShown, type Relation } from './related.js';
import { groupCost, skillGroups, type SkillGroup } from './score.js';
import type { Weights } from './weights.js';

/** "A", "A or B", "A, B or C". */
export function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function mentionNote(c: SkillComparison, job: JobProfile): string {
  const inKnockout = job.knockouts.some((k) => k.skills?.includes(c.job.skill));
  const where = inKnockout ? ', including its knock-outs' : inTitle(c, job) ? ', including the job title' : '';
  return c.job.mentions > 1 || where ? ` (mentioned ${c.job.mentions} time${c.job.mentions === 1 ? '' : 's'}${where})` : '';
}

function inTitle(c: SkillComparison, job: JobProfile): boolean {
  return c.job.evidence.some((e) => e.text.trim().replace(/^#+\s*/, '') === job.title);
}

/** "Deep Learning (line 12, "PyTorch")": the related skill and the words on the resume that show it. */
function shownAt(rel: { skill: string; evidence?: Evidence }): string {
  if (!rel.evidence) return rel.skill;
  const words = rel.evidence.match && rel.evidence.match.toLowerCase() !== rel.skill.toLowerCase() ? `, "${rel.evidence.match}"` : '';
  return `${rel.skill} (line ${rel.evidence.line}${words})`;
}

/** The advice line for one missing skill (or any-of group), given the closest related skill the resume shows. */
export function skillSuggestion(skill: string, required: boolean, related: Relation | string | null, group?: string[], note = '', category = ''): string {
  const soft = category === 'soft';
  // Fields and practices are worked in, not "used".
  const usedVerb = category === 'domain' || category === 'practice' ? 'worked in' : 'used';
  const many = group && group.length > 1;
  const want = many ? `one of ${orList(group)}` : skill;
  const used = many ? 'one of them' : skill;
  const stake = `The posting ${required ? 'requires' : 'prefers'} ${want}${note}`;
  const rel: { skill: string; kind: Relation['kind']; via?: string; evidence?: Evidence } | null =
    typeof related === 'string' ? { skill: related, kind: 'related' } : related;
  if (soft && !many) {
    return `${stake} and your resume does not show it. If it describes how you work, show it with a concrete example in a role's bullet (with whom, what came of it) rather than listing the word.`;
  }
  if (rel && rel.kind === 'broader') {
    return `${stake}; your resume shows ${shownAt(rel)} but does not name ${many ? 'any of them' : skill}. If that work included ${used}, name it in the bullet; if not, leave it out.`;
  }
  if (rel) {
    const why = rel.kind === 'sibling' && rel.via ? `; both are ${rel.via}` : ', a related skill';
    return `${stake}; your resume shows ${shownAt(rel)}${why}. If you have used ${used}, show it in a role's bullet; if not, describe what you did with ${rel.skill} rather than claiming ${used}.`;
  }
  return `${stake} and your resume gives no sign of it. If you have ${usedVerb} ${used}, show it in a role's bullet with what you did and the result, not only in the skills list; if not, it is a gap to close, not to paper over.`;
}

/** Which missing skill groups cost most: required first, then knock-out or title mentions, then mention count, then first line. */
function byCost(job: JobProfile) {
  const prominent = (g: SkillGroup) => g.members.some((m) => job.knockouts.some((k) => k.skills?.includes(m.job.skill)) || inTitle(m, job));
  const first = (g: SkillGroup) => Math.min(...g.members.map((m) => m.job.evidence[0]?.line ?? Infinity));
  // Group weight already folds in mentions, category and (when known) the section that names the skill.
  return (a: SkillGroup, b: SkillGroup) =>
    Number(b.required) - Number(a.required) || Number(prominent(b)) - Number(prominent(a)) || b.weight - a.weight || first(a) - first(b);
}

/** The most-mentioned member of a group (the skill the advice is about). */
function lead(g: SkillGroup): SkillComparison {
  return [...g.members].sort((a, b) => b.job.mentions - a.job.mentions || (a.job.evidence[0]?.line ?? 0) - (b.job.evidence[0]?.line ?? 0))[0];
}

/** One suggestion per missing skill group, most costly first. */
export function skillSuggestions(job: JobProfile, compared: SkillComparison[], shown: Map<string, Evidence[]>, tax: Taxonomy, weights: Weights): Suggestion[] {
  const missing = skillGroups(compared).filter((g) => !g.covered).sort(byCost(job));
  return missing.map((g) => {
    const c = lead(g);
    const names = g.members.length > 1 ? c.job.anyOf ?? g.members.map((m) => m.job.skill) : undefined;
    const related = (names ?? [c.job.skill]).map((s) => relatedShown(s, shown, tax)).find((r) => r !== null) ?? null;
    const message = skillSuggestion(c.job.skill, g.required, related, names, mentionNote(c, job), c.job.category);
    const points = Math.round(groupCost(compared, g, weights) * 10) / 10;
    const s: Suggestion = { kind: 'skill', skill: c.job.skill, required: g.required, points, message, evidence: related?.evidence ?? c.job.evidence[0] };
    if (related) s.related = related.skill;
    return s;
  });
}

/** The suggestion text for each missing skill, for `skills.missing[].suggestion`. */
export function missingSkillSuggestion(c: SkillComparison, job: JobProfile, shown: Map<string, Evidence[]>, tax: Taxonomy): string {
  const group = c.job.anyOf && c.job.anyOf.length > 1 ? c.job.anyOf : undefined;
  return skillSuggestion(c.job.skill, c.job.required, relatedShown(c.job.skill, shown, tax), group, mentionNote(c, job), c.job.category);
}
