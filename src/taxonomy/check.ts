/** Validates skill data: names, categories, forms claimed twice, links that do not resolve. */
import { CATEGORIES, formsOf, skillId, type SkillEntry } from './taxonomy.js';
import { RULES, tokenize } from './tokenize.js';

/** One problem in the skill data, as a readable sentence. */
export type TaxonomyProblem = string;

const CATEGORY_SET = new Set<string>(CATEGORIES);

// Two forms collide when they would match the same words: same keys, and the same case where either is case-sensitive.
function formId(text: string, caseSensitive: boolean): string {
  const tokens = tokenize(text);
  return tokens.map((t) => t.key).join(' ') + (caseSensitive ? `|${tokens.map((t) => t.raw).join(' ')}` : '');
}

/** The keys a skill data file and its entries may have (schema/fitcheck-skills.schema.json says the same). */
const FILE_KEYS = new Set(['$schema', '$comment', 'skills']);
const ENTRY_KEYS = new Set([
  'name',
  'category',
  'aliases',
  'exactAliases',
  'caseSensitive',
  'context',
  'broader',
  'related',
  'ambiguous',
  'cues',
  'notContext',
  'anyCase',
  'id',
  'esco',
  'onet',
]);
const LISTS = ['aliases', 'exactAliases', 'context', 'notContext', 'broader', 'related'] as const;

/** Problems of one skill data file's shape: unknown keys (a misspelled "aliasses" would pass silently), wrong types. */
export function checkSkillFile(file: string, content: unknown): TaxonomyProblem[] {
  if (typeof content !== 'object' || content === null || !Array.isArray((content as { skills?: unknown }).skills))
    return [`${file}: expected { "skills": [ ... ] }`];
  const problems = Object.keys(content)
    .filter((k) => !FILE_KEYS.has(k))
    .map((k) => `${file}: unknown key "${k}"`);
  (content as { skills: unknown[] }).skills.forEach((e, i) => {
    const at = `${file}: skills[${i}]${typeof e === 'object' && e && 'name' in e ? ` ("${String((e as SkillEntry).name)}")` : ''}`;
    if (typeof e !== 'object' || e === null) return void problems.push(`${at}: not an object`);
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) problems.push(`${at}: unknown key "${k}"`);
    for (const k of LISTS) {
      const v = (e as Record<string, unknown>)[k];
      if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string')))
        problems.push(`${at}: "${k}" must be a list of phrases`);
    }
    for (const k of ['id', 'esco', 'onet'] as const) {
      const v = (e as Record<string, unknown>)[k];
      if (v !== undefined && (typeof v !== 'string' || !v.trim()))
        problems.push(`${at}: "${k}" must be a non-empty text`);
    }
    for (const k of ['caseSensitive', 'ambiguous', 'cues', 'anyCase'] as const) {
      const v = (e as Record<string, unknown>)[k];
      if (v !== undefined && typeof v !== 'boolean') problems.push(`${at}: "${k}" must be true or false`);
    }
  });
  return problems;
}

/** Every problem in a list of skill entries; empty when the data is valid. */
export function validateTaxonomy(entries: SkillEntry[]): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const names = new Map<string, SkillEntry>();
  for (const e of entries) {
    if (typeof e.name !== 'string' || e.name.trim() === '')
      problems.push(`a skill has an empty name (${JSON.stringify(e)})`);
    else if (names.has(e.name)) problems.push(`duplicate skill name "${e.name}"`);
    else names.set(e.name, e);
    if (!CATEGORY_SET.has(e.category)) problems.push(`"${e.name}": unknown category "${e.category}"`);
  }
  // Ids are promises to users (inspect --format json): one skill each, and the shape of a slug.
  const ids = new Map<string, SkillEntry>();
  for (const e of entries) {
    if (names.get(e.name) !== e) continue; // an empty or repeated name is reported above
    const id = skillId(e);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push(`"${e.name}": id "${id}" is not a lower-case slug`);
    const other = ids.get(id);
    if (other && other !== e) problems.push(`id "${id}" is shared by "${other.name}" and "${e.name}"`);
    ids.set(id, other ?? e);
  }
  const exact = new Map<string, SkillEntry>();
  const loose = new Map<string, SkillEntry>();
  const strictByKeys = new Map<string, SkillEntry>();
  for (const e of entries) {
    for (const { text, caseSensitive } of formsOf(e)) {
      if (typeof text !== 'string' || tokenize(text).length === 0) {
        problems.push(`"${e.name}": empty or unreadable form ${JSON.stringify(text)}`);
        continue;
      }
      const keys = formId(text, false);
      // A case-insensitive form clashes with any form of the same keys; a case-sensitive one with the same spelling or a loose form.
      const clash = caseSensitive
        ? (exact.get(formId(text, true)) ?? loose.get(keys))
        : (loose.get(keys) ?? strictByKeys.get(keys));
      if (clash && clash !== e && !(clash.ambiguous && e.ambiguous))
        problems.push(`"${text}" is claimed by "${clash.name}" and "${e.name}"`);
      if (caseSensitive) {
        exact.set(formId(text, true), exact.get(formId(text, true)) ?? e);
        strictByKeys.set(keys, strictByKeys.get(keys) ?? e);
      } else loose.set(keys, loose.get(keys) ?? e);
      // An anyCase name is also matched case-folded in lists: it must not be another skill's loose form either.
      if (e.anyCase && caseSensitive && tokenize(text).length === 1) {
        const folded = loose.get(keys);
        if (folded && folded !== e && !(folded.ambiguous && e.ambiguous))
          problems.push(`"${text}" (any case in lists) is claimed by "${folded.name}" and "${e.name}"`);
        loose.set(keys, folded ?? e);
      }
    }
    for (const link of [...(e.broader ?? []), ...(e.related ?? [])]) {
      if (link === e.name) problems.push(`"${e.name}" links to itself`);
      else if (!names.has(link)) problems.push(`"${e.name}" links to unknown skill "${link}"`);
    }
    for (const word of [...(e.context ?? []), ...(e.notContext ?? [])])
      if (!word.trim()) problems.push(`"${e.name}": empty context word`);
    // A notContext word that keys like the name itself ("chefs" for Chef) would rule out every occurrence.
    const own = new Set(formsOf(e).flatMap(({ text }) => tokenize(text).map((t) => t.key)));
    for (const word of e.notContext ?? [])
      if (tokenize(word).every((t) => own.has(t.key)))
        problems.push(`"${e.name}": notContext "${word}" is its own name`);
    if ((e.cues || e.anyCase || e.notContext) && !e.caseSensitive && !e.exactAliases?.length)
      problems.push(`"${e.name}": cues, anyCase and notContext apply to case-sensitive forms, and it has none`);
  }
  for (const text of RULES.notSkills)
    if (tokenize(text).length === 0) problems.push(`not-skill phrase ${JSON.stringify(text)} has no words`);
  return problems;
}
