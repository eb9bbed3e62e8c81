/**
 * A job title as the words that say what the job is: lower case, synonyms read as one (data/lexicon/titlematch.json),
 * and the individual ladder's seniority words ("Senior", "Lead", "Intern"; data/lexicon/seniority.json) and fillers
 * ("II", "Remote", "of") set apart. Management words ("Manager", "Director") stay: they say what the job is.
 */
import { lexicon } from '../../lexicon/lexicon.js';

const MANAGEMENT = new Set(['manager', 'director', 'executive']);

let compiled: { drop: Set<string>; phrases: [string[], string[]][] } | undefined;

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
  compiled = { drop, phrases };
  return compiled;
}

/** The words of a title that say what the job is, in order (duplicates kept once). */
export function titleWords(title: string): string[] {
  const { drop, phrases } = tables();
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
  return [...new Set(out)];
}
