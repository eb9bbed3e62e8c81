/** Years and recency per skill: a skill used in a role's lines gets that role's dates. */
import type { SkillHit, SkillYears } from '../../types.js';
import { isoMonth, mergedYears } from '../text/dates.js';
import { rolesByLine, type DatedRole } from './roles.js';
import { withBroader, type Taxonomy } from '../../taxonomy/taxonomy.js';

/**
 * For every skill (and the broader skills it implies: AWS → Cloud Platforms), the merged years of the
 * professional roles whose lines mention it, the end of the latest such role, and whether it is current.
 * Internships give recency but no years.
 */
export function skillYears(hits: SkillHit[], roles: DatedRole[], asOf: Date, tax: Taxonomy): SkillYears[] {
  const now = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  const rolesBySkill = new Map<string, Set<DatedRole>>();
  const at = rolesByLine(roles);
  for (const hit of hits) {
    const using = new Set<DatedRole>();
    for (const e of hit.evidence) {
      const r = at[e.line];
      if (r) using.add(r);
    }
    for (const name of withBroader(tax, hit.skill)) {
      const set = rolesBySkill.get(name) ?? new Set<DatedRole>();
      for (const r of using) set.add(r);
      rolesBySkill.set(name, set);
    }
  }
  return [...rolesBySkill].map(([skill, set]) => {
    const list = [...set];
    const counted = list.filter((r) => !r.internship);
    const last = list.reduce((m, r) => Math.max(m, r.endIndex), -1);
    return {
      skill,
      years: counted.length ? mergedYears(counted.map((r) => ({ start: r.startIndex, end: r.endIndex }))) : 0,
      lastUsed: last >= 0 ? isoMonth(last) : null,
      current: last >= now,
      roleLines: list.map((r) => r.line).sort((a, b) => a - b),
    };
  });
}
