/** Splits a line into tokens that keep skill punctuation (C++, C#, .NET, CI/CD, Node.js, R&D) and keys them for lookup. */
import { readFileSync } from 'node:fs';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { packagePath } from '../paths.js';

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

/** How the extractor reads text: data/skills/rules/extractor.json. */
export interface ExtractorRules {
  /** Irregular verb forms to their base form (led → lead). */
  irregular: Record<string, string>;
  /** Words whose stem would collide with another word's (community/communication, present/presenting). */
  keyOverrides: Record<string, string>;
  /** Stems the Porter stemmer leaves apart that mean the same (analysi/analys → analyz). */
  stemFixes: Record<string, string>;
  /** Words that may sit inside a multi-word skill ("deploy ML models" for "deploy models"). */
  fillers: string[];
  /** Words that join coordinated skills ("responsible and explainable AI"). */
  connectors: string[];
  /** Phrases that look like skills but are not (C-suite, "excel at"); they consume their words. */
  notSkills: string[];
  /** Context words shared by every case-sensitive skill of a category (spoken languages). */
  categoryContext: Record<string, string[]>;
  /** Words just before or after a case-sensitive name that show it is used as software ("in React", "React skills"). */
  useCues: { before: string[]; after: string[] };
  /** Groups of categories: a skill found in the same sentence confirms an ambiguous one of its group (R next to Python). */
  supportGroups: string[][];
  /** Pieces shorter than four letters that glued text may be cut into (or, ai, aws); other pieces must be longer. */
  glueShort: string[];
  /** Small words a job board glues to skill names ("Scalaor", "learningml"). */
  glueWords: string[];
}

/** The bundled extractor rules. */
export const RULES: ExtractorRules = JSON.parse(
  readFileSync(packagePath('data', 'skills', 'rules', 'extractor.json'), 'utf8'),
) as ExtractorRules;

// Words and skill names: letters/digits with inner . / - + # & ' and a trailing ++ or #; or a leading-dot name (.NET).
// Every script's letters belong to words, so "Glücklichkeit" is one word (not "Gl" and "cklichkeit") and "Español" too.
const TOKEN = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[+#](?![\p{L}\p{N}])|[.\/'&-](?=[\p{L}\p{N}]))*[+#]*/gu;

// Cheap pre-check for the three glue patterns below; most words have none (hot path on large inputs).
const GLUED = /[a-z][A-Z]|[A-Z]{2}[a-z]|[a-z]{2}\d/;
// The glue patterns backtrack quadratically on one huge token ("AAAA…Ab"); no glued tag line is this long.
const MAX_GLUED = 256;

/** Insert the word breaks a job board glued away: "PythonScalaJava" → "Python Scala Java". */
export function splitGlued(word: string): string[] {
  if (word.length > MAX_GLUED || !GLUED.test(word)) return [word];
  const spaced = word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/(?<![A-Z])([A-Z]+)([A-Z][a-z]{2,})/g, '$1 $2')
    .replace(/(?<![a-z])([a-z]{2,})(\d+\+)/g, '$1 $2');
  return spaced.split(' ');
}

// British spellings to American before stemming, so "optimise" and "optimize" share a key.
const BRITISH: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|ed|es|ing)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/(model|travel|label|cancel|fuel|channel|tunnel|level|signal)l(ing|ed)$/, '$1$2'],
];

const stemCache = new Map<string, string>();
// Bounds found by fuzzing: the stemmer's regexes are quadratic in word length (a 50,000-letter
// "word" took 4 s), and a cache that only grows holds every junk word of every document checked.
const MAX_STEM_CHARS = 40;
const MAX_CACHED_WORDS = 200_000;

function stemWord(lower: string): string {
  const fixed = RULES.keyOverrides[lower];
  if (fixed) return fixed;
  const base = RULES.irregular[lower];
  if (base) return stemWord(base);
  let word = lower;
  for (const [re, to] of BRITISH) if (re.test(word) && word.length > 6) word = word.replace(re, to);
  // Porter turns "deploy" into "deploi" but "deployment" into "deploy": fold the final i back to y.
  const stem = porter.stem(word).replace(/([aeou])i$/, '$1y');
  return RULES.stemFixes[stem] ?? stem;
}

/** Remember keys already computed elsewhere (the prebuilt taxonomy's words), so compiling again needs no stemming. */
export function seedKeys(pairs: Iterable<[string, string]>): void {
  for (const [lower, key] of pairs) if (!stemCache.has(lower)) stemCache.set(lower, key);
}

/** The dictionary key for one word: lower-case, stemmed when purely alphabetic and word-sized. */
export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length > MAX_STEM_CHARS) return lower.replace(/'s$/, '');
  let key = stemCache.get(lower);
  if (key === undefined) {
    key =
      /^[a-z]{4,}$/.test(lower) || RULES.irregular[lower] || RULES.keyOverrides[lower]
        ? stemWord(lower)
        : lower.replace(/'s$/, '');
    // Seeded taxonomy words stay; past the cap new words are keyed but not remembered.
    if (stemCache.size < MAX_CACHED_WORDS) stemCache.set(lower, key);
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
