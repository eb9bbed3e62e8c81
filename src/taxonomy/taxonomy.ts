/** Loads the skill dictionary (data/skills/*.json) and compiles it into lookups by first key and by whole phrase. */
import { readdirSync, readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';
import { join } from 'node:path';
import { loadPrebuilt, seedFromPrebuilt } from './prebuilt.js';
import { RULES, tokenize } from './tokenize.js';

/** The categories a skill may have. */
export const CATEGORIES = [
  'language',
  'framework',
  'library',
  'cloud',
  'data',
  'ml',
  'tool',
  'database',
  'practice',
  'domain',
  'soft',
  'certification',
  'spoken language',
] as const;

/** One skill as written in the data files. */
export interface SkillEntry {
  /** Canonical name, shown to users. */
  name: string;
  category: string;
  /** Other spellings, abbreviations and phrasings. */
  aliases?: string[];
  /** Forms that match only with the case written, whatever `caseSensitive` says (ML, TF, Rails). */
  exactAliases?: string[];
  /** Broader skills this one implies (AWS → Cloud Platforms). */
  broader?: string[];
  /** Related skills a user could point to as transferable. */
  related?: string[];
  /** Only match the exact case written (R, Go, Spark, Excel). */
  caseSensitive?: boolean;
  /** Words that confirm a case-sensitive form on its line (R: "statistical", "ggplot"); without one, another skill must. */
  context?: string[];
  /** May share a form with another ambiguous skill; context words decide between them. */
  ambiguous?: boolean;
  /** Shared cues of use confirm its case-sensitive forms: a verb of use before ("in React"), a skill word or version after. */
  cues?: boolean;
  /** Words that, in its sentence, mean the ordinary word ("spring semester", "head chef"): the form is not this skill. */
  notContext?: string[];
  /** Its one-word case-sensitive forms also match in any case as a member of a list of skills ("r, java, nosql"). */
  anyCase?: boolean;
  /** A stable identifier; defaults to the name's slug (`skillId`). Set it when renaming a skill, so the id stays. */
  id?: string;
  /** The ESCO concept URI of the same skill, where one exists. */
  esco?: string;
  /** The O*NET Technology Skills commodity code (UNSPSC) of the same product or its class, where one exists. */
  onet?: string;
}

/** A skill's stable identifier: its `id`, else its name in lower case with every run of other characters one hyphen. */
export function skillId(skill: SkillEntry): string {
  return (
    skill.id ??
    (skill.name
      .toLowerCase()
      .replace(/\+/g, 'p')
      .replace(/#/g, 'sharp')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') ||
      'skill')
  );
}

/** A dictionary form compiled to match keys. */
export interface Form {
  /** The skill; null for a phrase that only blocks a false match (C-suite, "excel at"). */
  skill: SkillEntry | null;
  /** The form as written in the data. */
  text: string;
  keys: string[];
  /** Case-sensitive forms must match `raws` word for word, case included. */
  caseSensitive: boolean;
  raws: string[];
  /** Needs confirmation on its line: a context word or another skill. */
  weak: boolean;
  /** A single capitalised word (Go, Swift): at the start of a sentence it needs confirmation. */
  capitalWord: boolean;
  /** Written as one word that splits by case (InDesign, GitHub): its parts must be glued in the text too. */
  glued: boolean;
  /** Context phrases as keys. */
  context: string[][];
  /** A case-folded copy of an `anyCase` skill's form: it counts only beside another skill in a list. */
  listOnly: boolean;
}

/** The compiled dictionary. */
export interface Taxonomy {
  skills: Map<string, SkillEntry>;
  /** Forms by their first key, longest first. */
  byFirstKey: Map<string, Form[]>;
  /** Forms by all their keys joined with a space (for coordinated phrases). */
  byKeys: Map<string, Form[]>;
  /** Keys of single tokens that contain "/" or "-" (CI/CD, scikit-learn) and must not be split. */
  compoundKeys: Set<string>;
  /** Lower-case words of every form plus glue words: what glued board text is cut into. */
  vocabulary: Set<string>;
  /** Keys that may sit inside a multi-word form. */
  fillers: Set<string>;
  /** Reverse links, when known without reading every entry (the prebuilt form); else gathered on first use. */
  reverseLinks?: ReverseLinks;
}

/** Who names a skill as related, and who has it as a broader skill. */
export interface ReverseLinks {
  relatedTo: Map<string, string[]>;
  childrenOf: Map<string, SkillEntry[]>;
}

/** Directory of the bundled skill data files. */
export const SKILLS_DIR = packagePath('data', 'skills/');

/** Read every skill data file in a directory. */
export function readSkillFiles(dir = SKILLS_DIR): SkillEntry[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const entries = files.flatMap(
    (f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { skills: SkillEntry[] }).skills,
  );
  // Curated skills get their ESCO and O*NET identifiers from the import script's sidecar (rules/source-ids.json).
  const ids = sourceIds(dir);
  for (const e of entries) {
    const known = ids[e.name];
    if (known) Object.assign(e, { ...known, ...e });
  }
  return entries;
}

/** The path of the curated skills' source identifiers, written by scripts/import-taxonomy.mjs. */
export const SOURCE_IDS = join(SKILLS_DIR, 'rules', 'source-ids.json');

function sourceIds(dir: string): Record<string, { esco?: string; onet?: string }> {
  const path = join(dir, 'rules', 'source-ids.json');
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { ids: Record<string, { esco?: string; onet?: string }> }).ids;
  } catch {
    return {};
  }
}

const keysOf = (words: string[]) => words.map((w) => tokenize(w).map((t) => t.key));
const contextCache = new WeakMap<object, string[][]>();

// Every form of a skill shares its context words, and every skill of a category its category's: key them once.
function contextKeys(skill: SkillEntry): string[][] {
  const words = skill.context ?? RULES.categoryContext[skill.category] ?? [];
  let keys = contextCache.get(words);
  if (!keys) contextCache.set(words, (keys = keysOf(words)));
  return keys;
}

/** Every form of a skill with its case rule. */
export function formsOf(skill: SkillEntry): { text: string; caseSensitive: boolean }[] {
  const cs = skill.caseSensitive === true;
  return [
    ...[skill.name, ...(skill.aliases ?? [])].map((text) => ({ text, caseSensitive: cs })),
    ...(skill.exactAliases ?? []).map((text) => ({ text, caseSensitive: true })),
  ];
}

function compileForm(skill: SkillEntry | null, text: string, caseSensitive: boolean, listOnly = false): Form | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const context = skill ? contextKeys(skill) : [];
  const capitalWord = caseSensitive && tokens.length === 1 && /^[A-Z][a-z]/.test(tokens[0].raw);
  return {
    skill,
    text,
    caseSensitive,
    context,
    capitalWord,
    glued: tokens.length > 1 && !/\s/.test(text),
    keys: tokens.map((t) => t.key),
    raws: tokens.map((t) => t.raw),
    weak: (caseSensitive && context.length > 0) || listOnly,
    listOnly,
  };
}

/** Every form of every entry (and the blocking phrases), compiled to keys: the slow part, done once at build time. */
export function compileForms(entries: SkillEntry[]): Form[] {
  const forms: Form[] = [];
  // Case-folded copies come after every exact form, so an exact spelling ("golang") wins at its position.
  const folded: Form[] = [];
  for (const skill of entries) {
    for (const { text, caseSensitive } of formsOf(skill)) {
      const form = compileForm(skill, text, caseSensitive);
      if (!form) continue;
      forms.push(form);
      // "PostgreSQL" splits by case into two words; written in lower case ("postgresql") it is one.
      if (form.glued && !caseSensitive) forms.push(compileForm(skill, text.toLowerCase(), false)!);
      // "r, java, nosql": an ambiguous one-word name in another case, taken only as a member of a list of skills.
      if (skill.anyCase && caseSensitive && form.keys.length === 1)
        folded.push(compileForm(skill, text.toLowerCase(), false, true)!);
    }
  }
  forms.push(...folded);
  for (const text of RULES.notSkills) forms.push(compileForm(null, text, false)!);
  return forms.filter(Boolean);
}

let seeded = false;

/** Compile entries into lookup maps. Later duplicates of a name replace earlier ones (validation reports them). */
export function compileTaxonomy(entries: SkillEntry[]): Taxonomy {
  if (!seeded) {
    seeded = true;
    seedFromPrebuilt();
  }
  return assembleTaxonomy(entries, compileForms(entries));
}

/** Word sets derived from the forms; the prebuilt taxonomy stores them so loading needs no stemming. */
export interface DerivedWords {
  vocabulary: string[];
  fillers: string[];
  compoundKeys: string[];
}

/** Derive the word sets of a list of forms. */
export function deriveWords(forms: Form[]): DerivedWords {
  const vocabulary = new Set(RULES.glueWords);
  const compoundKeys = new Set<string>();
  for (const form of forms) {
    for (const k of form.keys) if (/[\/-]/.test(k)) compoundKeys.add(k);
    for (const r of form.raws) if (/^[a-z]+$/i.test(r)) vocabulary.add(r.toLowerCase());
  }
  const fillers = RULES.fillers.map((w) => tokenize(w)[0]?.key ?? w);
  return { vocabulary: [...vocabulary], fillers, compoundKeys: [...compoundKeys] };
}

/** Build the lookup maps from entries and their compiled forms. */
export function assembleTaxonomy(
  entries: SkillEntry[],
  forms: Form[],
  words: DerivedWords = deriveWords(forms),
): Taxonomy {
  const tax: Taxonomy = {
    skills: new Map(),
    byFirstKey: new Map(),
    byKeys: new Map(),
    compoundKeys: new Set(words.compoundKeys),
    vocabulary: new Set(words.vocabulary),
    fillers: new Set(words.fillers),
  };
  for (const skill of entries) tax.skills.set(skill.name, skill);
  for (const form of forms) {
    const list = tax.byFirstKey.get(form.keys[0]);
    if (list) list.push(form);
    else tax.byFirstKey.set(form.keys[0], [form]);
    const whole = form.keys.join(' ');
    const same = tax.byKeys.get(whole);
    if (same) same.push(form);
    else tax.byKeys.set(whole, [form]);
  }
  for (const list of tax.byFirstKey.values()) if (list.length > 1) list.sort((a, b) => b.keys.length - a.keys.length);
  return tax;
}

let cached: Taxonomy | undefined;

/** The bundled taxonomy, once per process: the prebuilt form from `npm run build` when it matches the data, else compiled now. */
export function defaultTaxonomy(): Taxonomy {
  cached ??= loadPrebuilt() ?? compileTaxonomy(readSkillFiles());
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
