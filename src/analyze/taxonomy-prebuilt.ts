/** The taxonomy compiled at build time (dist/taxonomy.json): forms already stemmed and indexed, parsed only when looked up. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../paths.js';
import { seedKeys } from './tokenize.js';
import { compileForms, deriveWords, SKILLS_DIR, type DerivedWords, type Form, type SkillEntry, type Taxonomy } from './taxonomy.js';

/** Where `npm run build` writes the prebuilt taxonomy (next to the compiled code). */
export const PREBUILT_PATH = packagePath('dist', 'taxonomy.json');

/** The serialized form: entries, forms as "entry|flags|keys|raws|context|text" strings (entry -1: a blocking phrase), indexes. */
interface Prebuilt {
  fingerprint: string;
  skills: SkillEntry[];
  words: DerivedWords;
  forms: string[];
  /** Form numbers by first key, longest form first. */
  byFirstKey: Record<string, number[]>;
  /** Form numbers by all keys joined with a space. */
  byKeys: Record<string, number[]>;
}

// Strings parse several times faster than nested arrays; keys and raws never hold a space or a bar.
const FLAGS = ['caseSensitive', 'weak', 'capitalWord', 'glued'] as const;

/** A hash of every data file's content: a changed file makes the prebuilt form stale (mtimes do not survive npm pack). */
export function dataFingerprint(dir = SKILLS_DIR): string {
  const hash = createHash('sha1');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  hash.update(readFileSync(join(SKILLS_DIR, 'rules', 'extractor.json')));
  return hash.digest('hex');
}

/** Serialize entries with their compiled forms and indexes. */
export function prebuild(entries: SkillEntry[]): string {
  const index = new Map(entries.map((e, i) => [e, i]));
  const compiled = compileForms(entries);
  const byFirstKey: Record<string, number[]> = {};
  const byKeys: Record<string, number[]> = {};
  compiled.forEach((f, i) => {
    (byFirstKey[f.keys[0]] ??= []).push(i);
    (byKeys[f.keys.join(' ')] ??= []).push(i);
  });
  for (const list of Object.values(byFirstKey)) list.sort((a, b) => compiled[b].keys.length - compiled[a].keys.length || a - b);
  const forms = compiled.map((f) =>
    [f.skill ? index.get(f.skill)! : -1, FLAGS.map((k) => Number(f[k])).join(''), f.keys.join(' '), f.raws.join(' '), f.context.map((c) => c.join(' ')).join(','), f.text].join('|'),
  );
  return JSON.stringify({ fingerprint: dataFingerprint(), skills: entries, words: deriveWords(compiled), forms, byFirstKey, byKeys });
}

function parseForm(line: string, skills: SkillEntry[]): Form {
  const [i, flags, keys, raws, context] = line.split('|', 5);
  const n = Number(i);
  return {
    skill: n >= 0 ? skills[n] : null,
    text: line.slice(i.length + flags.length + keys.length + raws.length + context.length + 5),
    keys: keys.split(' '),
    raws: raws.split(' '),
    context: context ? context.split(',').map((c) => c.split(' ')) : [],
    caseSensitive: flags[0] === '1', weak: flags[1] === '1', capitalWord: flags[2] === '1', glued: flags[3] === '1',
  };
}

/** A Map of form lists that parses a list the first time it is asked for. */
class LazyFormIndex extends Map<string, Form[]> {
  constructor(private readonly index: Record<string, number[]>, private readonly form: (i: number) => Form) {
    super();
  }
  override get(key: string): Form[] | undefined {
    let list = super.get(key);
    if (!list && Object.hasOwn(this.index, key)) super.set(key, (list = this.index[key].map(this.form)));
    return list;
  }
  override has(key: string): boolean {
    return super.has(key) || Object.hasOwn(this.index, key);
  }
  override get size(): number {
    return Object.keys(this.index).length;
  }
  override entries(): MapIterator<[string, Form[]]> {
    for (const key of Object.keys(this.index)) this.get(key);
    return super.entries();
  }
  override keys(): MapIterator<string> {
    return this.materialized().keys();
  }
  override values(): MapIterator<Form[]> {
    return this.materialized().values();
  }
  override [Symbol.iterator](): MapIterator<[string, Form[]]> {
    return this.entries();
  }
  override forEach(fn: (value: Form[], key: string, map: Map<string, Form[]>) => void): void {
    this.materialized().forEach((v, k) => fn(v, k, this));
  }
  private materialized(): Map<string, Form[]> {
    return new Map(this.entries());
  }
}

function readPrebuilt(path: string): Prebuilt | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Prebuilt;
    return data.fingerprint === dataFingerprint() ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Seed the stem cache with every word of the prebuilt forms: compiling bundled plus config skills then skips the stemmer. */
export function seedFromPrebuilt(path = PREBUILT_PATH): void {
  const data = readPrebuilt(path);
  if (!data) return;
  seedKeys(
    data.forms.flatMap((line) => {
      const [, , keys, raws] = line.split('|', 4);
      const k = keys.split(' ');
      return raws.split(' ').map((r, i) => [r.toLowerCase(), k[i]] as [string, string]);
    }),
  );
}

/** The prebuilt taxonomy, or undefined when it is missing or older than the data files. */
export function loadPrebuilt(path = PREBUILT_PATH): Taxonomy | undefined {
  const data = readPrebuilt(path);
  if (!data) return undefined;
  const parsed: Form[] = [];
  const form = (i: number) => (parsed[i] ??= parseForm(data.forms[i], data.skills));
  return {
    skills: new Map(data.skills.map((s) => [s.name, s])),
    byFirstKey: new LazyFormIndex(data.byFirstKey, form),
    byKeys: new LazyFormIndex(data.byKeys, form),
    compoundKeys: new Set(data.words.compoundKeys),
    vocabulary: new Set(data.words.vocabulary),
    fillers: new Set(data.words.fillers),
  };
}
