/** Loads the skill dictionary (data/skills/*.json) and compiles it into a first-token lookup. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { phraseKeys } from './tokenize.js';

/** One skill as written in the data files. */
export interface SkillEntry {
  /** Canonical name, shown to users. */
  name: string;
  category: string;
  /** Other spellings, abbreviations and phrasings. */
  aliases?: string[];
  /** Broader skills this one implies (AWS → Cloud Platforms). */
  broader?: string[];
  /** Related skills a user could point to as transferable. */
  related?: string[];
  /** Only match the exact case written (R, Go, Spark, Excel). */
  caseSensitive?: boolean;
}

/** A dictionary form compiled to match keys. */
export interface Form {
  skill: SkillEntry;
  /** The form as written in the data. */
  text: string;
  keys: string[];
  /** Case-sensitive forms must match `text` word for word, case included. */
  caseSensitive: boolean;
}

/** The compiled dictionary. */
export interface Taxonomy {
  skills: Map<string, SkillEntry>;
  /** Forms by their first key, longest first. */
  byFirstKey: Map<string, Form[]>;
  /** Keys of single tokens that contain "/" or "-" (CI/CD, scikit-learn) and must not be split. */
  compoundKeys: Set<string>;
}

/** Directory of the bundled skill data files. */
export const SKILLS_DIR = fileURLToPath(new URL('../../data/skills/', import.meta.url));

/** Read every skill data file in a directory. */
export function readSkillFiles(dir = SKILLS_DIR): SkillEntry[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { skills: SkillEntry[] }).skills);
}

/** Compile entries into lookup maps. Later duplicates of a form are ignored (validation reports them). */
export function compileTaxonomy(entries: SkillEntry[]): Taxonomy {
  const skills = new Map<string, SkillEntry>();
  const byFirstKey = new Map<string, Form[]>();
  const compoundKeys = new Set<string>();
  for (const skill of entries) {
    skills.set(skill.name, skill);
    for (const text of [skill.name, ...(skill.aliases ?? [])]) {
      const keys = phraseKeys(text);
      if (keys.length === 0) continue;
      for (const k of keys) if (/[\/-]/.test(k)) compoundKeys.add(k);
      const list = byFirstKey.get(keys[0]) ?? [];
      list.push({ skill, text, keys, caseSensitive: skill.caseSensitive === true });
      byFirstKey.set(keys[0], list);
    }
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { skills, byFirstKey, compoundKeys };
}

let cached: Taxonomy | undefined;

/** The bundled taxonomy, compiled once per process. */
export function defaultTaxonomy(): Taxonomy {
  cached ??= compileTaxonomy(readSkillFiles());
  return cached;
}

/** A skill and everything it implies through `broader` links. */
export function withBroader(tax: Taxonomy, name: string): string[] {
  const seen = new Set<string>([name]);
  const queue = [name];
  while (queue.length) {
    for (const b of tax.skills.get(queue.pop()!)?.broader ?? []) {
      if (!seen.has(b)) {
        seen.add(b);
        queue.push(b);
      }
    }
  }
  return [...seen];
}
