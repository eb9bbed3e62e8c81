/** How a resume shows one posting skill: named or only implied, in how many roles, how recently; and the credit that earns. */
import { withBroader, type Taxonomy } from '../taxonomy/taxonomy.js';
import type { ResumeProfile, SkillShowing } from '../types.js';
import { inEmployerName } from './match.js';
import { IMPLIED_CREDIT, LISTED_ONLY_CREDIT, ROLE_CREDIT, STALE_AFTER_YEARS, STALE_FACTOR } from './weights.js';

/** Looks up how a resume shows any skill; built once per check. */
export type ShowingOf = (skill: string) => SkillShowing | null;

/** Credit 0–1 for evidence in `roles` dated roles (or only in an undated experience section), last used `lastUsed`. */
export function depthCredit(roles: number, inExperience: boolean, lastUsed: string | null, asOf: Date): number {
  const base =
    roles > 0
      ? ROLE_CREDIT[Math.min(roles, ROLE_CREDIT.length) - 1]
      : inExperience
        ? ROLE_CREDIT[0]
        : LISTED_ONLY_CREDIT;
  return lastUsed !== null && yearsSince(lastUsed, asOf) > STALE_AFTER_YEARS ? base * STALE_FACTOR : base;
}

/** Years from a `YYYY-MM` month to the reference date. */
function yearsSince(month: string, asOf: Date): number {
  const [y, m] = month.split('-').map(Number);
  return (asOf.getUTCFullYear() * 12 + asOf.getUTCMonth() - (y * 12 + (m - 1))) / 12;
}

/**
 * For each skill, how the resume shows it. A skill is `named` when the resume names it, `implied` when it names
 * only a narrower skill (the narrower skill most often shown is `impliedBy`). Depth comes from the dated roles
 * whose lines show it (a role naming a kind of it counts: PyTorch in a role shows Deep Learning there); a line in
 * an Experience or Projects section with no readable dates counts as one role.
 */
export function showingOf(resume: ResumeProfile, tax: Taxonomy, asOf: Date): ShowingOf {
  // Mentions that are only an employer's name ("Spark Digital") show nothing.
  const hits = resume.skills
    .map((h) => ({ ...h, evidence: h.evidence.filter((e) => !inEmployerName(e, resume)) }))
    .filter((h) => h.evidence.length > 0);
  const direct = new Map(hits.map((h) => [h.skill, h]));
  const implying = new Map<string, string>();
  const byCount = [...hits].sort((a, b) => b.evidence.length - a.evidence.length);
  for (const h of byCount)
    for (const name of withBroader(tax, h.skill))
      if (name !== h.skill && !implying.has(name)) implying.set(name, h.skill);
  const years = new Map((resume.skillYears ?? []).map((s) => [s.skill, s]));
  const work = (resume.sections ?? []).filter((s) => s.section === 'experience' || s.section === 'projects');
  // Lines of those sections, marked once: a lookup per mention instead of a walk over every section.
  const workLines = new Set<number>();
  for (const s of work) for (let l = s.from + 1; l <= s.to; l++) workLines.add(l);
  const inWork = (line: number) => workLines.has(line);
  const cache = new Map<string, SkillShowing | null>();
  return (skill) => {
    if (cache.has(skill)) return cache.get(skill)!;
    const impliedBy = direct.has(skill) ? undefined : implying.get(skill);
    const source = direct.get(skill) ?? (impliedBy ? direct.get(impliedBy) : undefined);
    let out: SkillShowing | null = null;
    if (source) {
      const sy = years.get(impliedBy ?? skill);
      const roles = sy?.roleLines.length ?? 0;
      const lastUsed = sy?.lastUsed ?? null;
      const inExperience = roles === 0 && source.evidence.some((e) => inWork(e.line));
      const credit = depthCredit(roles, inExperience, lastUsed, asOf) * (impliedBy ? IMPLIED_CREDIT : 1);
      out = {
        how: impliedBy ? 'implied' : 'named',
        ...(impliedBy ? { impliedBy } : {}),
        roles,
        listedOnly: roles === 0 && !inExperience,
        lastUsed,
        credit: Math.round(credit * 100) / 100,
      };
    }
    cache.set(skill, out);
    return out;
  };
}

/** "named in 3 roles, last used 2024", "implied by TensorFlow, skills list only": how a skill was shown, in words. */
export function showingText(s: SkillShowing): string {
  const where =
    s.roles > 0
      ? `in ${s.roles} role${s.roles === 1 ? '' : 's'}`
      : s.listedOnly
        ? 'skills list or summary only'
        : 'in experience, undated';
  const when = s.lastUsed ? `, last used ${s.lastUsed.slice(0, 4)}` : '';
  return `${s.how === 'implied' ? `implied by ${s.impliedBy}` : 'named'}, ${where}${when}`;
}
