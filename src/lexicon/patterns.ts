/** Turns lexicon phrases into regular-expression sources: escaped, longest first, bounded at word edges. */

/**
 * A phrase with regex metacharacters escaped; spaces match one space, as written. In the data a phrase that
 * ends in `*` may run into the next word ("high school*" also reads "High SchoolDiploma", as PDFs glue words).
 */
export function escapeRegex(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** How a phrase's start is guarded: at a word boundary, or (abbreviations like "B.S.") not after a letter or dot. */
export type Start = 'word' | 'abbreviation' | 'none';

/** Options for `phrases`. */
export interface PhraseOptions {
  start?: Start;
  /** End at a space or the end of the text instead of a word boundary ("Sr." counts, "(Senior)" does not). */
  endsAtSpace?: boolean;
  /** Words that cancel a phrase when they follow it: "associate" but not "associate professor". */
  notBefore?: Record<string, readonly string[]>;
  /** The only text that may follow a phrase: "BA" only before " in", "," or " (". */
  onlyBefore?: Record<string, readonly string[]>;
}

function head(phrase: string, start: Start): string {
  return start === 'none' || !/^\w/.test(phrase) ? '' : start === 'word' ? '\\b' : '(?<![\\w.])';
}

// One phrase without its start guard: the phrase, its end boundary and what may or may not follow it.
function body(written: string, o: PhraseOptions): string {
  const open = written.endsWith('*');
  const phrase = open ? written.slice(0, -1) : written;
  const tail = o.endsAtSpace ? '(?=\\s|$)' : !open && /\w$/.test(phrase) ? '\\b' : '';
  const not = o.notBefore?.[phrase];
  const only = o.onlyBefore?.[phrase];
  const after =
    (not ? `(?!\\s+(?:${alternatives(not)})\\b)` : '') +
    (only ? `(?=${only.map((w) => escapeRegex(w) + (/\w$/.test(w) ? '\\b' : '')).join('|')})` : '');
  return escapeRegex(phrase) + tail + after;
}

/** Any of the phrases, escaped, longest first (no boundaries): for building a larger pattern. */
export function alternatives(phrases: readonly string[]): string {
  return [...phrases]
    .sort(byLength)
    .map((p) => escapeRegex(p.replace(/\*$/, '')))
    .join('|');
}

/**
 * Any of the phrases as whole words, longest first, as one group. The start guard stands once before the
 * group when every phrase shares it (a linear scan, as the regex audit checks), else before each phrase.
 */
export function phrases(list: readonly string[], options: PhraseOptions = {}): string {
  const start = options.start ?? 'word';
  const sorted = [...list].sort(byLength);
  const heads = new Set(sorted.map((p) => head(p, start)));
  if (heads.size === 1) return `${[...heads][0]}(?:${sorted.map((p) => body(p, options)).join('|')})`;
  return `(?:${sorted.map((p) => head(p, start) + body(p, options)).join('|')})`;
}
