/** Turns a validated config's vocabulary and weights into check options (taxonomy, ignore list, weights). */
import {
  compileTaxonomy,
  defaultTaxonomy,
  readSkillFiles,
  type SkillEntry,
  type Taxonomy,
} from '../taxonomy/taxonomy.js';
import { DEFAULT_WEIGHTS, type Weights } from '../score/weights.js';
import { ConfigProblem, type FitcheckConfig } from './validate.js';

/** The parts of CheckOptions a config decides. */
export interface ConfiguredOptions {
  taxonomy: Taxonomy;
  weights: Weights;
  /** Canonical names of skills to leave out of the posting. */
  ignore: string[];
}

const fold = (s: string) => s.toLowerCase();

/** The bundled skills plus the config's own skills and aliases, compiled. */
export function configuredTaxonomy(config: FitcheckConfig): Taxonomy {
  if (!config.skills?.length && !config.aliases) return defaultTaxonomy();
  const entries: SkillEntry[] = readSkillFiles().map((e) => ({ ...e }));
  const byName = new Map(entries.map((e, i) => [fold(e.name), i]));
  (config.skills ?? []).forEach((s, i) => {
    if (byName.has(fold(s.name)))
      throw new ConfigProblem(
        `skills[${i}].name`,
        `'${s.name}' is already a known skill; add spellings under "aliases" instead`,
      );
    byName.set(fold(s.name), entries.length);
    entries.push(s);
  });
  for (const [name, aliases] of Object.entries(config.aliases ?? {})) {
    const at = byName.get(fold(name));
    if (at === undefined)
      throw new ConfigProblem(`aliases.${name}`, `unknown skill '${name}' (add it under "skills" first)`);
    entries[at] = { ...entries[at], aliases: [...(entries[at].aliases ?? []), ...aliases] };
  }
  return compileTaxonomy(entries);
}

/** Default weights with the config's replacements; they must still add up to 100. */
export function configuredWeights(config: FitcheckConfig): Weights {
  const weights = { ...DEFAULT_WEIGHTS, ...config.weights };
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > 1e-9)
    throw new ConfigProblem('weights', `must add up to 100 together with the defaults of those not given (got ${sum})`);
  return weights;
}

/** Canonical names of the skills to ignore; a name or any alias of a skill works. */
export function ignoredSkills(config: FitcheckConfig, tax: Taxonomy): string[] {
  return (config.ignore ?? []).map((name, i) => {
    for (const skill of tax.skills.values()) {
      if ([skill.name, ...(skill.aliases ?? [])].some((n) => fold(n) === fold(name))) return skill.name;
    }
    throw new ConfigProblem(`ignore[${i}]`, `unknown skill '${name}'`);
  });
}

/** Everything a config decides about how a check runs. Throws ConfigProblem. */
export function configuredOptions(config: FitcheckConfig): ConfiguredOptions {
  const taxonomy = configuredTaxonomy(config);
  return { taxonomy, weights: configuredWeights(config), ignore: ignoredSkills(config, taxonomy) };
}
