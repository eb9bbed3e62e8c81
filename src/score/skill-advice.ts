/** Advice for a missing skill: name transferable experience the resume shows, never invent a skill it does not. */
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { Evidence, JobProfile, Message, PostingSection } from '../types.js';
import type { SkillComparison } from './match.js';
import { message, shownLine } from './message.js';
import { relatedShown, type Relation } from './related.js';
import { GROUP_WORDS, skillGroupOf, strongestSection } from './section.js';
import { groupCost, skillGroups, type SkillGroup } from './score.js';
import type { Weights } from './weights.js';

/** "A", "A or B", "A, B or C". */
export function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function mentionNote(c: SkillComparison, job: JobProfile): string {
  const inKnockout = job.knockouts.some((k) => k.skills?.includes(c.job.skill));
  const where = inKnockout ? ', including its knock-outs' : inTitle(c) ? ', including the job title' : '';
  return c.job.mentions > 1 || where
    ? ` (mentioned ${c.job.mentions} time${c.job.mentions === 1 ? '' : 's'}${where})`
    : '';
}

function inTitle(c: SkillComparison): boolean {
  return c.job.inTitle === true;
}

/** "Deep Learning (line 12, "PyTorch")": the related skill and the words on the resume that show it. */
function shownAt(rel: { skill: string; evidence?: Evidence }): string {
  if (!rel.evidence) return rel.skill;
  const words =
    rel.evidence.match && rel.evidence.match.toLowerCase() !== rel.skill.toLowerCase()
      ? `, "${rel.evidence.match}"`
      : '';
  return `${rel.skill} (line ${rel.evidence.line}${words})`;
}

/**
 * The advice line for one missing skill (or any-of group), given the closest related skill the resume shows. `where`
 * is the group the posting names it in (`skillGroupOf`): a duty is what the role involves, never a preference.
 */
export function skillSuggestion(
  skill: string,
  where: PostingSection,
  related: Relation | string | null,
  group?: string[],
  note = '',
  category = '',
): string {
  const soft = category === 'soft';
  // Fields and practices are worked in, not "used".
  const usedVerb = category === 'domain' || category === 'practice' ? 'worked in' : 'used';
  const many = group && group.length > 1;
  const want = many ? `one of ${orList(group)}` : skill;
  const used = many ? 'one of them' : skill;
  const stake = `${GROUP_WORDS[where].asks} ${want}${note}`;
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
  const prominent = (g: SkillGroup) =>
    g.members.some((m) => job.knockouts.some((k) => k.skills?.includes(m.job.skill)) || inTitle(m));
  const first = (g: SkillGroup) => Math.min(...g.members.map((m) => m.job.evidence[0]?.line ?? Infinity));
  // Group weight already folds in mentions, category and (when known) the section that names the skill.
  return (a: SkillGroup, b: SkillGroup) =>
    Number(b.required) - Number(a.required) ||
    Number(prominent(b)) - Number(prominent(a)) ||
    b.weight - a.weight ||
    first(a) - first(b);
}

/** The most-mentioned member of a group (the skill the advice is about). */
function lead(g: SkillGroup): SkillComparison {
  return [...g.members].sort(
    (a, b) => b.job.mentions - a.job.mentions || (a.job.evidence[0]?.line ?? 0) - (b.job.evidence[0]?.line ?? 0),
  )[0];
}

/**
 * One message per missing skill group, most costly first: the group's most-mentioned member, every member
 * (any one would do), the posting's lines that ask for them, and a related skill the resume shows.
 */
export function skillMessages(
  job: JobProfile,
  compared: SkillComparison[],
  shown: Map<string, Evidence[]>,
  tax: Taxonomy,
  weights: Weights,
): Message[] {
  const groups = skillGroups(compared);
  const missing = groups.filter((g) => !g.covered).sort(byCost(job));
  return missing.map((g) => {
    const c = lead(g);
    const names = g.members.length > 1 ? (c.job.anyOf ?? g.members.map((m) => m.job.skill)) : undefined;
    const related = (names ?? [c.job.skill]).map((s) => relatedShown(s, shown, tax)).find((r) => r !== null) ?? null;
    const reason = skillSuggestion(c.job.skill, g.section, related, names, mentionNote(c, job), c.job.category);
    const members = [c, ...g.members.filter((m) => m !== c)];
    const section = strongestSection(members.map((m) => m.job.section));
    const posting = members
      .map((m) => m.job.evidence[0])
      .filter((e, i, all) => e && all.findIndex((o) => o?.line === e.line) === i);
    return message({
      id: 'skill.missing',
      kind: 'skill',
      severity: g.required ? 'error' : 'warning',
      reason,
      actual: related?.skill ?? null,
      expected: names ? `one of ${orList(names)}` : c.job.skill,
      resume: related ? [related.evidence] : [],
      posting,
      points: Math.round(groupCost(groups, g, weights) * 10) / 10,
      skill: c.job.skill,
      skills: members.map((m) => m.job.skill),
      required: g.required,
      ...(section ? { section } : {}),
      ...(related ? { related: related.skill } : {}),
    });
  });
}

const and = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * One advice for several missing skills of one group (required, preferred, named in the duties, mentioned) that
 * share a related skill or have none: the compact report's wording, so no reporter writes advice of its own.
 */
export function groupedSkillAdvice(
  same: Pick<Message, 'skill' | 'required' | 'section' | 'related' | 'resume' | 'posting'>[],
): string {
  const first = same[0];
  const words = GROUP_WORDS[skillGroupOf({ required: first.required === true, section: first.section })];
  const names = same.map((o) => o.skill ?? '');
  if (!first.related) {
    return `${words.unsigned}: ${names.join(', ')}. For each one that is true of you, show it in a role's bullet with what you did and the result, not only in the skills list; the others are gaps to close, not to paper over.`;
  }
  const line = shownLine(first);
  const at = line ? ` (line ${line.line})` : '';
  return `${words.asks} ${and(names)}; your resume shows ${first.related}${at}, which is related. For each one you have used, show it in a role's bullet; otherwise describe what you did with ${first.related} rather than claiming them.`;
}
