/** Title match: the posting's title against the resume's role titles, as sets of normalised words. */
import type { Evidence, Role, TitleMatch } from '../types.js';
import { GENERIC_TITLE_WORD, TITLE_MATCH } from './weights.js';

/** A word of a normalised title (analyze/text/title-words.ts makes them). */
export interface TitleWordLike {
  word: string;
  /** A general occupation noun ("engineer"), weighed GENERIC_TITLE_WORD. */
  generic: boolean;
}

/**
 * Similarity 0–1 of two titles' words: the weighted Dice share of words they have in common, a general
 * occupation noun weighing GENERIC_TITLE_WORD (sharing only "Engineer" is not the same job); 0 when either has none.
 */
export function titleSimilarity(a: TitleWordLike[], b: TitleWordLike[]): number {
  if (!a.length || !b.length) return 0;
  const w = (x: TitleWordLike) => (x.generic ? GENERIC_TITLE_WORD : 1);
  const sum = (xs: TitleWordLike[]) => xs.reduce((s, x) => s + w(x), 0);
  const shared = (xs: TitleWordLike[], ys: TitleWordLike[]) => sum(xs.filter((x) => ys.some((y) => y.word === x.word)));
  return (shared(a, b) + shared(b, a)) / (sum(a) + sum(b));
}

/** The resume role whose title is closest to the posting's, with its similarity. `words` normalises a title. */
export function titleMatch(posting: string, roles: Role[], words: (title: string) => TitleWordLike[]): TitleMatch {
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
