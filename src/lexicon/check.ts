/** Validates lexicon files against their shape: unknown or missing keys, empty or duplicate phrases, unsorted lists. */
import type { Spec } from './spec.js';

/** One problem in a lexicon file, as a readable sentence naming where it is. */
export type LexiconProblem = string;

const fold = (s: string) => s.toLocaleLowerCase('en');
/** The order lists are kept in (so a file's diff shows only the words added). */
export const compareWords = (a: string, b: string): number =>
  fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : a < b ? -1 : a > b ? 1 : 0;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkWords(value: unknown, at: string, out: LexiconProblem[]): void {
  if (!Array.isArray(value)) return void out.push(`${at}: expected a list of phrases`);
  const seen = new Set<string>();
  value.forEach((w, i) => {
    if (typeof w !== 'string' || w.trim() === '')
      return void out.push(`${at}[${i}]: empty or not a phrase (${JSON.stringify(w)})`);
    if (w !== w.trim() && !/^ /.test(w)) out.push(`${at}[${i}]: "${w}" has stray spaces`);
    if (/\*./.test(w) || w === '*') out.push(`${at}[${i}]: "${w}": "*" may only end a phrase`);
    if (seen.has(fold(w))) out.push(`${at}: "${w}" is listed twice`);
    seen.add(fold(w));
    if (i > 0 && typeof value[i - 1] === 'string' && compareWords(value[i - 1] as string, w) > 0)
      out.push(`${at}: "${w}" is out of order (keep lists sorted)`);
  });
  if (value.length === 0) out.push(`${at}: empty list`);
}

function checkValue(spec: Spec, value: unknown, at: string, out: LexiconProblem[]): void {
  if (spec === 'words') return checkWords(value, at, out);
  if (spec === 'number' || spec === 'string' || spec === 'boolean') {
    if (typeof value !== spec || (spec === 'string' && (value as string).trim() === ''))
      out.push(`${at}: expected a ${spec === 'string' ? 'non-empty string' : spec}`);
    return;
  }
  if (spec === 'range') {
    const ok =
      Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number') && value[0] <= value[1];
    if (!ok) out.push(`${at}: expected [from, to] with from ≤ to`);
    return;
  }
  if ('list' in spec) {
    if (!Array.isArray(value) || value.length === 0) return void out.push(`${at}: expected a non-empty list`);
    return value.forEach((v, i) => checkValue(spec.list, v, `${at}[${i}]`, out));
  }
  if (!isObject(value)) return void out.push(`${at}: expected an object`);
  if ('map' in spec) {
    const keys = Object.keys(value);
    if (keys.length === 0) out.push(`${at}: empty`);
    keys.forEach((k, i) => {
      if (k.trim() === '') out.push(`${at}: empty key`);
      if (i > 0 && compareWords(keys[i - 1], k) > 0) out.push(`${at}: "${k}" is out of order (keep keys sorted)`);
      checkValue(spec.map, value[k], `${at}.${k}`, out);
    });
    return;
  }
  for (const k of Object.keys(value)) if (!(k in spec.fields) && k !== '$schema') out.push(`${at}: unknown key "${k}"`);
  for (const [k, s] of Object.entries(spec.fields)) {
    if (k in value) checkValue(s, value[k], `${at}.${k}`, out);
    else if (!spec.optional?.includes(k)) out.push(`${at}: missing key "${k}"`);
  }
}

/** Every problem in one lexicon file's content; empty when it is valid. */
export function checkLexiconFile(topic: string, spec: Spec, value: unknown): LexiconProblem[] {
  const out: LexiconProblem[] = [];
  checkValue(spec, value, topic, out);
  return out;
}

/** Phrases that appear under two keys of one map of lists (a heading that opens two kinds of section). */
export function crossDuplicates(topic: string, groups: Record<string, string[]>): LexiconProblem[] {
  const owner = new Map<string, string>();
  const out: LexiconProblem[] = [];
  for (const [key, list] of Object.entries(groups)) {
    for (const w of list) {
      const prev = owner.get(fold(w));
      if (prev && prev !== key) out.push(`${topic}: "${w}" is under both "${prev}" and "${key}"`);
      else owner.set(fold(w), key);
    }
  }
  return out;
}

/** Bands that split a number line (years → level): the first starts at 0 and each starts after the one before. */
export function bandProblems(topic: string, bands: { from: number }[]): LexiconProblem[] {
  const out: LexiconProblem[] = [];
  if (bands[0]?.from !== 0) out.push(`${topic}: the first band must start at 0`);
  bands.forEach((b, i) => {
    if (i > 0 && b.from <= bands[i - 1].from)
      out.push(`${topic}[${i}]: starts at ${b.from}, not after the band before`);
  });
  return out;
}
