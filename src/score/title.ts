/** Title match: the posting's title against the resume's role titles, as sets of normalised words. */
import type { Evidence, Role, TitleMatch } from '../types.js';
import { TITLE_MATCH, TITLE_PREFIX } from './weights.js';

/** Two title words are the same word when equal, or when they share a long prefix ("engineer", "engineering"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  let n = 0;
  while (n < short && a[n] === b[n]) n++;
  return n >= TITLE_PREFIX.letters && n >= TITLE_PREFIX.share * short;
}

/** Similarity 0–1 of two titles' words: the Dice share of words they have in common; 0 when either has none. */
export function titleSimilarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const common = a.filter((w) => b.some((o) => sameWord(w, o))).length;
  const back = b.filter((w) => a.some((o) => sameWord(w, o))).length;
  return (common + back) / (a.length + b.length);
}

/** The resume role whose title is closest to the posting's, with its similarity. `words` normalises a title. */
export function titleMatch(posting: string, roles: Role[], words: (title: string) => string[]): TitleMatch {
  const want = words(posting);
  let best: { title: string; similarity: number; evidence?: Evidence } | null = null;
  for (const r of roles) {
    if (!r.title) continue;
    const similarity = Math.round(titleSimilarity(want, words(r.title)) * 100) / 100;
    if (!best || similarity > best.similarity) best = { title: r.title, similarity, evidence: r.titleEvidence };
  }
  return {
    posting,
    closest: best?.title ?? null,
    similarity: best?.similarity ?? 0,
    match: (best?.similarity ?? 0) >= TITLE_MATCH,
    ...(best?.evidence ? { evidence: best.evidence } : {}),
  };
}
