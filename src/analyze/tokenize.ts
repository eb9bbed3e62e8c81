/** Splits a line into tokens that keep skill punctuation (C++, C#, .NET, CI/CD, Node.js). */
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** A token with its position on the line, its original spelling and its match key. */
export interface Token {
  /** As written (after glue splitting). */
  raw: string;
  /** Lower-cased and stemmed: what the dictionary is keyed by. */
  key: string;
  /** Character offsets in the original line. */
  start: number;
  end: number;
}

// Words and skill names: letters/digits with inner . / - + # ' and a trailing ++ or #; or a leading-dot name (.NET).
const TOKEN = /\.?[A-Za-z0-9](?:[A-Za-z0-9]|[+#](?![A-Za-z0-9])|[.\/'-](?=[A-Za-z0-9]))*[+#]*/g;

// Cheap pre-check for the three glue patterns below; most words have none (hot path on large inputs).
const GLUED = /[a-z][A-Z]|[A-Z]{2}[a-z]|[a-z]{2}\d/;
// The glue patterns backtrack quadratically on one huge token ("AAAA…Ab"); no glued tag line is this long.
const MAX_GLUED = 256;

/** Insert the word breaks a job board glued away: "PythonScalaJava" → "Python Scala Java". */
export function splitGlued(word: string): string[] {
  if (word.length > MAX_GLUED || !GLUED.test(word)) return [word];
  const spaced = word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z]{2,})/g, '$1 $2')
    .replace(/([a-z]{2,})(\d+\+)/g, '$1 $2');
  return spaced.split(' ');
}

const stemCache = new Map<string, string>();

/** The dictionary key for one word: lower-case, stemmed when purely alphabetic. */
export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  let key = stemCache.get(lower);
  if (key === undefined) {
    key = lower.length <= 64 && /^[a-z]{4,}$/.test(lower) ? porter.stem(lower) : lower.replace(/'s$/, '');
    stemCache.set(lower, key);
  }
  return key;
}

/** Tokens of one line, glued words split, each with its offsets. */
export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(TOKEN)) {
    let offset = m.index;
    for (const part of splitGlued(m[0])) {
      const start = line.indexOf(part, offset);
      out.push({ raw: part, key: keyOf(part), start, end: start + part.length });
      offset = start + part.length;
    }
  }
  return out;
}

/** Keys of a phrase, tokenized exactly as text is, so dictionary and text agree. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
