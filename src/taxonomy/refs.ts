/** A skill's identifiers for output: its stable id and, where the sources have one, its ESCO and O*NET identifiers. */
import { defaultTaxonomy, skillId, type Taxonomy } from './taxonomy.js';

/** Identifiers of one skill, as `inspect --format json` shows them beside its name. */
export interface SkillRefs {
  /** Stable identifier (a slug), kept when the skill is renamed. */
  id: string;
  /** ESCO concept URI. */
  esco?: string;
  /** O*NET Technology Skills commodity code (UNSPSC). */
  onet?: string;
}

/** The identifiers of a skill by its canonical name, or undefined for a name the taxonomy lacks. */
export function skillRefs(name: string, tax: Taxonomy = defaultTaxonomy()): SkillRefs | undefined {
  const entry = tax.skills.get(name);
  if (!entry) return undefined;
  return {
    id: skillId(entry),
    ...(entry.esco ? { esco: entry.esco } : {}),
    ...(entry.onet ? { onet: entry.onet } : {}),
  };
}

/** Each `{ skill, … }` of a list with the skill's identifiers added right after its name. */
export function withRefs<T extends { skill: string }>(hits: T[], tax: Taxonomy = defaultTaxonomy()): T[] {
  return hits.map(({ skill, ...rest }) => ({ skill, ...skillRefs(skill, tax), ...rest }) as unknown as T);
}
