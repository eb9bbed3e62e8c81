/**
 * Unicode patterns (`u`, often with `i`) at the cost of plain ones, with the same results. V8 compiles a `/iu`
 * pattern by case-closing every literal letter and every `\p{…}` class through ICU, twice (interpreter, then native
 * code): the lexicon's large alternations cost a cold check milliseconds each. On text made only of
 * `LATIN_TEXT` characters (Latin letters, digits, punctuation, dashes, bullets: nearly every resume line) the same
 * pattern without `u`, its property classes written out over those characters, matches exactly the same: the unit
 * test proves it character by character. Any other text (Greek, CJK, an emoji, "ſ") goes to the original pattern,
 * compiled only then.
 */

import { LATIN_PROPERTIES } from './latin-properties.js';

/**
 * The characters on which a pattern and its plain twin agree: Latin-1 and Latin Extended-A/B (without "ſ", "İ"
 * and "ı", whose case folding leaves the block), combining marks but the one that folds to Greek, general
 * punctuation, currency, arrows, box drawing, shapes, dingbats and the private use area (PDF bullets).
 */
const RANGES: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x12f],
  [0x132, 0x17e],
  [0x180, 0x24f],
  [0x300, 0x344],
  [0x346, 0x36f],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2190, 0x22ff],
  [0x2500, 0x27bf],
  [0xe000, 0xf8ff],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
const rangeSource = (r: [number, number][]) => r.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');

/** A character outside `LATIN_TEXT`: text holding one is matched by the original pattern. */
const OUTSIDE = new RegExp(`[^${rangeSource(RANGES)}]`);

/** Every character of the text set, in order (for building classes and for the tests). */
export function latinCharacters(): string {
  if (!characters) for (const [a, b] of RANGES) for (let c = a; c <= b; c++) characters += String.fromCharCode(c);
  return characters;
}
let characters = '';

/** True when a text is made only of characters on which the plain twin of a pattern agrees with it. */
export function isLatinText(text: string): boolean {
  // Several patterns often read the same line in a row: the last answer is kept.
  if (text !== lastText) {
    lastText = text;
    lastLatin = !OUTSIDE.test(text);
  }
  return lastLatin;
}
let lastText = '';
let lastLatin = true;

const inText = (code: number) => RANGES.some(([a, b]) => code >= a && code <= b);
const inOneRange = (from: number, to: number) => RANGES.some(([a, b]) => from >= a && to <= b);

// The members of a property class within the text set, as class ranges (without brackets), computed once each.
// Under `i` the class is the case-closed one ("\p{Lu}" under /iu matches "ß", through "ẞ"). Computing one runs a
// `\p{…}` pattern (under /giu for most) over the whole text set, which makes V8 ask ICU for the property's set and
// its case closure: several milliseconds of a cold start. So the build's table (latin-properties.ts, made by
// scripts/latin-properties.mjs from `propertyRanges` below) is used when it was made under this Unicode version.
const PROPERTIES = new Set(['L', 'Lu', 'Ll', 'N', 'Nd', 'M']);
const propertyCache = new Map<string, string>();
const PRECOMPUTED = process.versions.unicode === LATIN_PROPERTIES.unicode ? LATIN_PROPERTIES.ranges : {};

/** The key of a property class in the table: "pL/true" is `\p{L}` under i, "PLu/false" `\P{Lu}` without. */
export const propertyKey = (name: string, negated: boolean, ignoreCase: boolean) =>
  `${negated ? 'P' : 'p'}${name}/${ignoreCase}`;

/** The members of a property class in the text set as class ranges, computed through ICU (for the table). */
export function propertyRanges(name: string, negated: boolean, ignoreCase: boolean): string {
  const ranges: [number, number][] = [];
  // One scan of the text set's characters (in code order) by runs; a run may cross a gap between its ranges.
  for (const run of latinCharacters().matchAll(
    new RegExp(`\\${negated ? 'P' : 'p'}{${name}}+`, ignoreCase ? 'giu' : 'gu'),
  ))
    for (let k = 0; k < run[0].length; k++) {
      const c = run[0].charCodeAt(k);
      const last = ranges[ranges.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else ranges.push([c, c]);
    }
  return rangeSource(ranges);
}

/** Every property class `plainSource` translates, with its key: what the table holds. */
export function propertyClasses(): { key: string; name: string; negated: boolean; ignoreCase: boolean }[] {
  return [...PROPERTIES].flatMap((name) =>
    [false, true].flatMap((negated) =>
      [false, true].map((ignoreCase) => ({ key: propertyKey(name, negated, ignoreCase), name, negated, ignoreCase })),
    ),
  );
}

function property(name: string, negated: boolean, ignoreCase: boolean): string {
  const key = propertyKey(name, negated, ignoreCase);
  let src = PRECOMPUTED[key] ?? propertyCache.get(key);
  if (src === undefined) {
    src = propertyRanges(name, negated, ignoreCase);
    propertyCache.set(key, src);
  }
  return src;
}

// A run of characters outside a class with no escape and no class in it; a lone surrogate (astral text).
const RUN = /[^\\[]+/y;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * The plain (non-`u`) twin of a `u` pattern's source, or null when the source holds anything it does not
 * translate: a property outside `PROPERTIES`, a code point above U+FFFF, and
 * under `i` a letter outside the text set or a class range reaching outside it (their case folding differs).
 * `\p{L}` becomes a class of the text set's letters; every other construct means the same without `u` on that set.
 */
export function plainSource(source: string, ignoreCase: boolean): string | null {
  let out = '';
  let inClass = false;
  let prev = -1; // the code of the last class atom, for ranges
  let range = false; // a '-' after a class atom: the next atom ends a range
  const atom = (code: number): boolean => {
    if (code >= 0xd800 && code <= 0xdfff) return false;
    if (ignoreCase && !inText(code)) return false;
    if (inClass) {
      if (range) {
        if (ignoreCase && !inOneRange(prev, code)) return false;
        range = false;
        prev = -1;
      } else prev = code;
    }
    return true;
  };
  for (let i = 0; i < source.length; i++) {
    if (!inClass) {
      // A run of plain characters outside a class (most of a lexicon pattern) is taken whole.
      RUN.lastIndex = i;
      const run = RUN.exec(source);
      if (run) {
        if (SURROGATE.test(run[0]) || (ignoreCase && OUTSIDE.test(run[0]))) return null;
        out += run[0];
        i += run[0].length - 1;
        continue;
      }
    }
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (n === 'p' || n === 'P') {
        const m = /^\\[pP]\{(\w+)\}/.exec(source.slice(i));
        if (!m || !PROPERTIES.has(m[1]) || (inClass && range)) return null;
        // The members the escape matches in the text set, case-closed under i as /iu does (for \\P, the closure of
        // the complement: "\\P{Lu}" under /iu matches "A" too).
        const ranges = property(m[1], n === 'P', ignoreCase);
        out += inClass ? ranges : `[${ranges}]`;
        prev = -1;
        i += m[0].length - 1;
        continue;
      }
      const u = /^\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(source.slice(i));
      if (u) {
        const code = parseInt(u[1] ?? u[2], 16);
        if (code > 0xffff || !atom(code)) return null;
        out += hex(code);
        i += u[0].length - 1;
        continue;
      }
      if (/[xc0-9]/.test(n)) return null; // \x, \c, \0 and backreferences: not needed here, so not translated
      // Any other escape (\d \s \w \b \. \- \/ …): a class escape or a literal punctuation character.
      if (inClass) {
        if (/[dDsSwW]/.test(n)) {
          if (range) return null;
          prev = -1;
        } else if (!atom(n.charCodeAt(0))) return null;
      }
      out += c + n;
      i++;
      continue;
    }
    const code = c.charCodeAt(0);
    if (!inClass) {
      if (c === '[') {
        inClass = true;
        prev = -1;
        range = false;
        out += c;
        if (source[i + 1] === '^') out += source[++i];
        continue;
      }
      if (!atom(code)) return null;
      out += c;
      continue;
    }
    if (c === ']') {
      inClass = false; // a '-' just before it is a literal dash
      range = false;
    } else if (c === '-' && prev >= 0) range = true;
    else if (!atom(code)) return null;
    out += c;
  }
  return out;
}

/**
 * A `u` pattern that runs as its plain twin on Latin text and as itself on any other text. It is a RegExp whose
 * source and flags are the original's, so every use gives the original's results: `exec`, `test` and the methods
 * strings call (`replace`, `match`, `matchAll`, `search`, `split`) pick the twin when the text is Latin. The
 * original is compiled only when a text is not: parsing a `\p{…}` class under `u` asks ICU for the property's set,
 * and most checks never need it. (The RegExp itself holds an empty pattern with the twin's flags: its matcher is
 * never used, only its `g`, `i`, `m`, `s`, `y` and `d` flags; `source` and `unicode` are the original's.)
 */
class LatinRegExp extends RegExp {
  readonly #source: string;
  readonly #flags: string;
  readonly #plain: RegExp;
  readonly #keepsIndex: boolean;
  #original: RegExp | undefined;

  constructor(source: string, flags: string, plain: RegExp) {
    super('(?:)', plain.flags);
    this.#source = source;
    this.#flags = flags;
    this.#plain = plain;
    this.#keepsIndex = plain.global || plain.sticky;
  }

  /** The original pattern, compiled on first need. */
  #full(): RegExp {
    return (this.#original ??= new RegExp(this.#source, this.#flags));
  }

  override get source(): string {
    return this.#full().source;
  }

  override get unicode(): boolean {
    return true;
  }

  // Patterns derived from this one by the built-ins are plain RegExps of the original source.
  static override get [Symbol.species]() {
    return RegExp;
  }

  // Runs `f` on the twin (Latin text) or the original with this pattern's lastIndex, and keeps its lastIndex after.
  #run<T>(text: string, f: (re: RegExp) => T): T {
    const re = isLatinText(String(text)) ? this.#plain : this.#full();
    re.lastIndex = this.lastIndex;
    const out = f(re);
    this.lastIndex = re.lastIndex;
    return out;
  }

  override exec(text: string): RegExpExecArray | null {
    // Without g or y a pattern neither reads nor writes lastIndex: the twin runs directly (the common case).
    if (!this.#keepsIndex && isLatinText(String(text))) return this.#plain.exec(text);
    return this.#run(text, (p) => p.exec(text));
  }

  override test(text: string): boolean {
    if (!this.#keepsIndex && isLatinText(String(text))) return this.#plain.test(text);
    return this.#run(text, (p) => p.test(text));
  }

  override [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: any[]) => string)) {
    return this.#run(text, (p) => p[Symbol.replace](text, replacement as string));
  }

  override [Symbol.match](text: string): RegExpMatchArray | null {
    return this.#run(text, (p) => p[Symbol.match](text));
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    return this.#run(text, (p) => p[Symbol.matchAll](text));
  }

  override [Symbol.search](text: string): number {
    return this.#run(text, (p) => p[Symbol.search](text));
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    return (isLatinText(String(text)) ? this.#plain : this.#full())[Symbol.split](text, limit);
  }
}

/**
 * `new RegExp(source, flags)` with the same results, compiled cheaply when the text is Latin. Patterns without
 * `u`, or whose source `plainSource` does not translate, are returned as ordinary RegExps.
 */
export function latinRegExp(source: string, flags = ''): RegExp {
  for (const observe of latinPatternObservers) observe(source, flags);
  const plain = flags.includes('u') ? plainSource(source, flags.includes('i')) : null;
  if (plain === null) return new RegExp(source, flags);
  return new LatinRegExp(source, flags, new RegExp(plain, flags.replace('u', '')));
}

/**
 * Told of every pattern `latinRegExp` is asked for, compiled or not: the regex audit (test/fuzz) audits the
 * originals too, which a run on Latin text never compiles.
 */
export const latinPatternObservers: ((source: string, flags: string) => void)[] = [];
