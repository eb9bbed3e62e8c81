/** Reads education levels ("B.S.", "Master's", "Ph.D.", "bootcamp certificate", "high-school diploma") from text. */
import { lexicon } from '../../lexicon/lexicon.js';
import { latinRegExp } from '../../lexicon/latin.js';
import { phrases } from '../../lexicon/patterns.js';
import { EDUCATION_LEVELS, type EducationLevel } from '../../types.js';

const DEGREES = lexicon().degrees;
const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A dotted form is not part of a longer word or dotted abbreviation ("B.S" is no degree in "C.B.S.E.").
const FORM_START = '(?<![\\p{L}\\p{N}.])';
const FORM_END = '(?!\\.?[\\p{L}\\p{N}])\\.?';

/**
 * A level's dotted forms ("b.tech", "m.c.a") as two patterns: with a dot, hyphen or dot-space between every
 * part in any case ("B.Tech", "b. tech", "B-TECH", "M.C.A"), and, unless dotted-only, in capitals joined or
 * spaced ("BTECH", "B E", "MCA"). `notBefore` cancels a form before a word, also after a hyphen ("MS-SQL").
 */
function formPatterns(forms: string[], dotted: string[], notBefore: Record<string, readonly string[]> = {}): RegExp[] {
  // Checked before the optional dot of FORM_END, so it allows that dot itself ("MS. Word").
  // The words as written and in capitals ("MS- OFFICE"), since the capitals pattern is case-sensitive.
  const not = (joined: string) =>
    notBefore[joined]
      ? `(?!\\.?[\\s-]+(?:${[...new Set(notBefore[joined].flatMap((w) => [w, w.toUpperCase()]))].map(esc).join('|')})\\b)`
      : '';
  const parts = (f: string) => f.split('.').filter(Boolean).map(esc);
  const all = [...forms, ...dotted].sort((a, b) => b.length - a.length);
  const separated = all.map((f) => parts(f).join('(?:\\.\\s?|\\s?-\\s?)') + not(f.replace(/\./g, '').toUpperCase()));
  const capitals = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(
      (f) =>
        parts(f)
          .map((p) => p.toUpperCase())
          .join(' ?') + not(f.replace(/\./g, '').toUpperCase()),
    );
  // FORM_END once after the alternation, not in every alternative: under /iu each \\p{L} class is case-closed when
  // the pattern compiles, and thirty copies of it cost a cold check tens of milliseconds.
  return [
    ...(separated.length ? [latinRegExp(`${FORM_START}(?:${separated.join('|')})${FORM_END}`, 'giu')] : []),
    ...(capitals.length ? [latinRegExp(`${FORM_START}(?:${capitals.join('|')})${FORM_END}`, 'gu')] : []),
  ];
}

// An abbreviation's case-sensitive phrases as written and in capitals ("Associate of" and "ASSOCIATE OF"), with
// the words that may or may not follow each as written, capitalised or in capitals (" diploma", " Diploma").
function asWrittenAndCapitals(l: (typeof DEGREES.levels)[number]) {
  const upper = (list: readonly string[]) => list.map((w) => w.toUpperCase());
  const cases = (v: readonly string[]) => [
    ...new Set([...v, ...upper(v), ...v.map((w) => w.replace(/\p{Ll}/u, (c) => c.toUpperCase()))]),
  ];
  const both = (map: Record<string, readonly string[]> = {}) =>
    Object.fromEntries(Object.entries(map).flatMap(([k, v]) => [k, k.toUpperCase()].map((key) => [key, cases(v)])));
  return {
    list: [...new Set([...(l.abbreviations ?? []), ...upper(l.abbreviations ?? [])])],
    options: { start: 'abbreviation' as const, notBefore: both(l.notBefore), onlyBefore: both(l.onlyBefore) },
  };
}

// Per level, its words (any case), its abbreviations, matched as written or in capitals ("MS Excel" is not a
// degree, "Boston, MA" is a place), and its dotted forms. Every match of a line counts (global patterns).
const LEVEL_PATTERNS: [RegExp, EducationLevel][] = DEGREES.levels.flatMap((l) => {
  const abbr = asWrittenAndCapitals(l);
  return [
    [new RegExp(phrases(l.words), 'gi'), l.level] as [RegExp, EducationLevel],
    ...(abbr.list.length
      ? [[new RegExp(phrases(abbr.list, abbr.options), 'g'), l.level] as [RegExp, EducationLevel]]
      : []),
    ...formPatterns(l.forms ?? [], l.dottedForms ?? [], l.notBefore).map(
      (re) => [re, l.level] as [RegExp, EducationLevel],
    ),
  ];
});
const INSTITUTION = new RegExp(phrases(DEGREES.institutions), 'i');

// Matches read per pattern and line: a real line names a degree a few times, and the checks below are pairwise.
const MATCHES_PER_PATTERN = 8;

/**
 * Every education level a line names, with the words that named it. A match inside another level's longer
 * one is dropped: "High School Diploma" names high school, not a diploma, and so do the same words later on
 * that line ("High School Diploma, General Diploma").
 */
export function levelsInLine(line: string): { level: EducationLevel; match: string; index: number }[] {
  const found: { level: EducationLevel; match: string; index: number }[] = [];
  // Every match, not the first: in "Central High School, High School Diploma" the diploma is inside the second.
  for (const [re, level] of LEVEL_PATTERNS) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(line); m && n < MATCHES_PER_PATTERN; m = re.exec(line), n++) {
      found.push({ level, match: m[0], index: m.index });
      if (!m[0]) re.lastIndex++;
    }
  }
  const inside = (a: (typeof found)[number], b: (typeof found)[number]) =>
    a.level !== b.level &&
    b.match.length > a.match.length &&
    a.index >= b.index &&
    a.index + a.match.length <= b.index + b.match.length;
  const contained = found.filter((f) => found.some((g) => inside(f, g)));
  const repeats = (f: (typeof found)[number]) =>
    contained.some((c) => c.level === f.level && c.index <= f.index && c.match.toLowerCase() === f.match.toLowerCase());
  const out: typeof found = [];
  for (const f of found) if (!repeats(f) && !out.some((o) => o.level === f.level)) out.push(f);
  return out;
}

/** Position of a level (0 = high school). */
export function educationOrder(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** The field of study written with a degree ("M.S. in Computer Science, Columbia" → "Computer Science"). */
export function fieldAfter(line: string, matchEnd: number): string | null {
  const rest = line
    .slice(matchEnd)
    .replace(
      /^[\s,(:\-–—]*(?:(?:degrees?|certificate|diploma)\b\s*)?(?:(?:of|in)\s+)?(?:(?:science|arts|engineering|applied science)\s+(?:in|,)\s*)?/i,
      '',
    );
  const field = /^[^,;|()–—\d]*/
    .exec(rest)![0]
    .replace(/(?<!\s)\s+(?:from|at)\s.*$/i, '')
    .replace(/[*_]+/g, '')
    .trim();
  if (
    field.length < 2 ||
    field.length > 60 ||
    INSTITUTION.test(field) ||
    /^(?:degree|or|and|required|preferred)\b/i.test(field)
  )
    return null;
  return field;
}
