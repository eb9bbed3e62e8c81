/**
 * A job title as the words that say what the job is: lower case, synonyms read as one (data/lexicon/titlematch.json),
 * and the individual ladder's seniority words ("Senior", "Lead", "Intern"; data/lexicon/seniority.json) and fillers
 * ("II", "Remote", "of") set apart. Management words ("Manager", "Director") stay: they say what the job is.
 * A word that names an occupation in general ("engineer", "analyst": data/lexicon/titles.json nouns) is `generic`:
 * it says less than the specialty before it ("Aerospace" in "Aerospace Engineer").
 */
import { lexicon } from '../../lexicon/lexicon.js';

const MANAGEMENT = new Set(['manager', 'director', 'executive']);

/** One word of a normalised title. */
export interface TitleWord {
  /** The word's stem ("engineer" for "engineering"). */
  word: string;
  /** True for a general occupation noun ("engineer", "manager"), which the match weighs less. */
  generic: boolean;
}

let compiled:
  { drop: Set<string>; generic: Set<string>; suffixes: string[]; phrases: [string[], string[]][] } | undefined;

/** Shortest stem a suffix may leave ("tech" stays "tech"). */
const MIN_STEM = 4;

/** A word with its suffixes stripped, longest first, while at least MIN_STEM letters remain: "engineering" and "engineer" read alike. */
function stem(word: string, suffixes: string[]): string {
  for (let changed = true; changed;) {
    changed = false;
    for (const s of suffixes)
      if (word.endsWith(s) && word.length - s.length >= MIN_STEM) {
        word = word.slice(0, -s.length);
        changed = true;
        break;
      }
  }
  return word;
}

function tables() {
  if (compiled) return compiled;
  const lex = lexicon();
  const drop = new Set<string>();
  const phrases: [string[], string[]][] = [];
  const split = (p: string) => p.toLowerCase().split(/\s+/).filter(Boolean);
  for (const l of lex.seniority.titleLevels)
    if (!MANAGEMENT.has(l.level))
      for (const w of l.words) {
        const ws = split(w.replace(/\.$/, ''));
        if (ws.length === 1) drop.add(ws[0]);
        else phrases.push([ws, []]);
      }
  for (const f of lex.titlematch.fillers) {
    const ws = split(f);
    if (ws.length === 1) drop.add(ws[0]);
    else phrases.push([ws, []]);
  }
  for (const [canonical, variants] of Object.entries(lex.titlematch.synonyms))
    for (const v of variants) phrases.push([split(v), split(canonical)]);
  // Longest phrase first, so "full time" is read before "time" and "artificial intelligence" before either word.
  phrases.sort((a, b) => b[0].length - a[0].length);
  const suffixes = [...lex.titlematch.suffixes].sort((a, b) => b.length - a.length);
  compiled = { drop, generic: new Set(lex.titles.nouns.map((n) => n.toLowerCase())), suffixes, phrases };
  return compiled;
}

/** The words of a title that say what the job is, in order (duplicates kept once). */
export function titleWords(title: string): TitleWord[] {
  const { drop, generic, suffixes, phrases } = tables();
  const tokens = title
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = phrases.find(([p]) => p.every((w, j) => tokens[i + j] === w));
    if (hit) {
      out.push(...hit[1]);
      i += hit[0].length;
      continue;
    }
    if (!drop.has(tokens[i])) out.push(tokens[i]);
    i++;
  }
  const seen = new Map<string, TitleWord>();
  for (const w of out) {
    const word = stem(w, suffixes);
    if (!seen.has(word)) seen.set(word, { word, generic: generic.has(w) });
  }
  return [...seen.values()];
}
