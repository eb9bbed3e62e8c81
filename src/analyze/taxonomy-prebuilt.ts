/** The taxonomy compiled at build time (dist/taxonomy.json): forms already stemmed, so loading costs a JSON parse. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleTaxonomy, compileForms, deriveWords, SKILLS_DIR, type DerivedWords, type Form, type SkillEntry, type Taxonomy } from './taxonomy.js';

/** Where `npm run build` writes the prebuilt taxonomy (next to the compiled code). */
export const PREBUILT_PATH = fileURLToPath(new URL('../taxonomy.json', import.meta.url));

/** The serialized form: entries, and forms as "entry|flags|keys|raws|context|text" strings (entry -1: a blocking phrase). */
interface Prebuilt {
  fingerprint: string;
  skills: SkillEntry[];
  words: DerivedWords;
  forms: string[];
}

// Strings parse several times faster than nested arrays; keys and raws never hold a space or a bar.
const FLAGS = ['caseSensitive', 'weak', 'capitalWord', 'glued'] as const;

/** Size and modification time of every data file: a changed file makes the prebuilt form stale. */
export function dataFingerprint(dir = SKILLS_DIR): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  return [...files, join(SKILLS_DIR, 'rules', 'extractor.json')].map((f) => {
    const s = statSync(f);
    return `${f.slice(dir.length)}:${s.size}:${Math.round(s.mtimeMs)}`;
  }).join('|');
}

/** Serialize entries with their compiled forms. */
export function prebuild(entries: SkillEntry[]): string {
  const index = new Map(entries.map((e, i) => [e, i]));
  const compiled = compileForms(entries);
  const forms = compiled.map((f) =>
    [f.skill ? index.get(f.skill)! : -1, FLAGS.map((k) => Number(f[k])).join(''), f.keys.join(' '), f.raws.join(' '), f.context.map((c) => c.join(' ')).join(','), f.text].join('|'),
  );
  return JSON.stringify({ fingerprint: dataFingerprint(), skills: entries, words: deriveWords(compiled), forms });
}

/** The prebuilt taxonomy, or undefined when it is missing or older than the data files. */
export function loadPrebuilt(path = PREBUILT_PATH): Taxonomy | undefined {
  let data: Prebuilt;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as Prebuilt;
    if (data.fingerprint !== dataFingerprint()) return undefined;
  } catch {
    return undefined;
  }
  const forms: Form[] = data.forms.map((line) => {
    const [i, flags, keys, raws, context] = line.split('|', 5);
    const n = Number(i);
    return {
      skill: n >= 0 ? data.skills[n] : null, text: line.slice(i.length + flags.length + keys.length + raws.length + context.length + 5),
      keys: keys.split(' '), raws: raws.split(' '), context: context ? context.split(',').map((c) => c.split(' ')) : [],
      caseSensitive: flags[0] === '1', weak: flags[1] === '1', capitalWord: flags[2] === '1', glued: flags[3] === '1',
    };
  });
  return assembleTaxonomy(data.skills, forms, data.words);
}
