/** The taxonomy compiled at build time (dist/taxonomy.json): forms already stemmed and indexed, parsed only when looked up. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../paths.js';
import { LazyMap, lineReader, numberedLines } from './lazy.js';
import { seedKeys } from './tokenize.js';
import {
  compileForms,
  deriveWords,
  SKILLS_DIR,
  SOURCE_IDS,
  type DerivedWords,
  type Form,
  type SkillEntry,
  type Taxonomy,
} from './taxonomy.js';

/** Where `npm run build` writes the prebuilt taxonomy; the CLI, the library and the tests (under the sources) all read it here. */
export const PREBUILT_PATH = packagePath('dist', 'taxonomy.json');

/**
 * The serialized form, all strings (they parse many times faster than nested objects and arrays) parsed only
 * when looked up: entries as JSON texts; forms as "entry|flags|keys|raws|context|text" (entry -1: a blocking
 * phrase); indexes and reverse links as "key\tn,n,n" lines of form or entry numbers.
 */
interface Prebuilt {
  fingerprint: string;
  /** Skill names, in entry order. */
  names: string[];
  /** Each entry as JSON text, one a line. */
  skills: string;
  words: DerivedWords;
  /** One form a line. */
  forms: string;
  /** Form numbers by first key, longest form first. */
  byFirstKey: string;
  /** Form numbers by all keys joined with a space. */
  byKeys: string;
  /** Entries that name a skill as related, by skill name. */
  relatedTo: string;
  /** Entries that have a skill as broader, by skill name. */
  childrenOf: string;
}

// Keys and raws never hold a space or a bar.
const FLAGS = ['caseSensitive', 'weak', 'capitalWord', 'glued', 'listOnly'] as const;

/** A hash of every data file's content: a changed file makes the prebuilt form stale (mtimes do not survive npm pack). */
export function dataFingerprint(dir = SKILLS_DIR): string {
  // crypto loads only here, when a data file may have changed: most runs never hash.
  const hash = process.getBuiltinModule('node:crypto').createHash('sha1');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  hash.update(readFileSync(join(SKILLS_DIR, 'rules', 'extractor.json')));
  if (existsSync(SOURCE_IDS)) hash.update(readFileSync(SOURCE_IDS));
  return hash.digest('hex');
}

/**
 * True when no data file was modified after the prebuilt file was written, so its fingerprint need not be
 * checked (hashing the data cost every run ~5 ms and loading crypto). An installed package (npm pack gives every
 * file the same old mtime) and a fresh build pass; an edited or checked-out data file is newer and gets hashed.
 */
function builtAfterData(path: string, dir = SKILLS_DIR): boolean {
  const built = statSync(path).mtimeMs;
  const files = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(dir, f)),
    join(SKILLS_DIR, 'rules', 'extractor.json'),
    ...(existsSync(SOURCE_IDS) ? [SOURCE_IDS] : []),
  ];
  return files.every((f) => statSync(f).mtimeMs <= built);
}

/** Serialize entries with their compiled forms, indexes and reverse links. */
export function prebuild(entries: SkillEntry[]): string {
  const index = new Map(entries.map((e, i) => [e, i]));
  const compiled = compileForms(entries);
  const byFirstKey = new Map<string, number[]>();
  const byKeys = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, n: number) =>
    (map.get(key) ?? map.set(key, []).get(key)!).push(n);
  compiled.forEach((f, i) => {
    add(byFirstKey, f.keys[0], i);
    add(byKeys, f.keys.join(' '), i);
  });
  for (const list of byFirstKey.values())
    list.sort((a, b) => compiled[b].keys.length - compiled[a].keys.length || a - b);
  // The same reverse links score/related.ts would gather by reading every entry, in the same order.
  const relatedTo = new Map<string, number[]>();
  const childrenOf = new Map<string, number[]>();
  for (const other of new Map(entries.map((e) => [e.name, e])).values()) {
    for (const r of new Set(other.related ?? [])) add(relatedTo, r, index.get(other)!);
    for (const b of new Set(other.broader ?? [])) add(childrenOf, b, index.get(other)!);
  }
  const lines = (map: Map<string, number[]>) => [...map].map(([k, v]) => `${k}\t${v.join(',')}`).join('\n');
  const forms = compiled.map((f) =>
    [
      f.skill ? index.get(f.skill)! : -1,
      FLAGS.map((k) => Number(f[k])).join(''),
      f.keys.join(' '),
      f.raws.join(' '),
      f.context.map((c) => c.join(' ')).join(','),
      f.text,
    ].join('|'),
  );
  const data: Prebuilt = {
    fingerprint: dataFingerprint(),
    names: entries.map((e) => e.name),
    skills: entries.map((e) => JSON.stringify(e)).join('\n'),
    words: deriveWords(compiled),
    forms: forms.join('\n'),
    byFirstKey: lines(byFirstKey),
    byKeys: lines(byKeys),
    relatedTo: lines(relatedTo),
    childrenOf: lines(childrenOf),
  };
  // ASCII only: a file with one non-ASCII character decodes to a two-byte string, slower to decode and to parse.
  return JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function parseForm(line: string, skill: (i: number) => SkillEntry): Form {
  const [i, flags, keys, raws, context] = line.split('|', 5);
  const n = Number(i);
  return {
    skill: n >= 0 ? skill(n) : null,
    text: line.slice(i.length + flags.length + keys.length + raws.length + context.length + 5),
    keys: keys.split(' '),
    raws: raws.split(' '),
    context: context ? context.split(',').map((c) => c.split(' ')) : [],
    caseSensitive: flags[0] === '1',
    weak: flags[1] === '1',
    capitalWord: flags[2] === '1',
    glued: flags[3] === '1',
    listOnly: flags[4] === '1',
  };
}

function readPrebuilt(path: string): Prebuilt | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'latin1')) as Prebuilt; // written in ASCII only
    if (typeof data.forms !== 'string') return undefined; // An older layout: compile instead.
    return builtAfterData(path) || data.fingerprint === dataFingerprint() ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Seed the stem cache with every word of the prebuilt forms: compiling bundled plus config skills then skips the stemmer. */
export function seedFromPrebuilt(path = PREBUILT_PATH): void {
  const data = readPrebuilt(path);
  if (!data) return;
  seedKeys(
    data.forms.split('\n').flatMap((line) => {
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
  const entries: SkillEntry[] = [];
  const skillLine = lineReader(data.skills);
  const entry = (i: number) => (entries[i] ??= JSON.parse(skillLine(i)) as SkillEntry);
  const forms: Form[] = [];
  const formLine = lineReader(data.forms);
  const form = (i: number) => (forms[i] ??= parseForm(formLine(i), entry));
  // Later duplicates of a name replace earlier ones, as when compiling.
  const byName = () => new Map(data.names.map((name, i) => [name, i]));
  return {
    skills: new LazyMap(byName, entry),
    byFirstKey: numberedLines(data.byFirstKey, form),
    byKeys: numberedLines(data.byKeys, form),
    compoundKeys: new Set(data.words.compoundKeys),
    vocabulary: new Set(data.words.vocabulary),
    fillers: new Set(data.words.fillers),
    reverseLinks: {
      relatedTo: numberedLines(data.relatedTo, (i) => entry(i).name),
      childrenOf: numberedLines(data.childrenOf, entry),
    },
  };
}
