// Avature job-title similarity (titles/avature-en): does fitcheck's title match agree with people's judgements?
import { existsSync, readFileSync } from 'node:fs';
import { number, share } from '../lib/figures.mjs';
import { Tally } from './common.mjs';

const DIR = 'titles/avature-en';

/** Rows of a tab-separated file, as arrays of fields. */
const rows = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));

/** The baseline: two titles match when they share any word (lower case, split at anything but letters and digits). */
export const sharedWord = (a, b) => {
  const words = (t) =>
    new Set(
      t
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
  const x = words(a);
  return [...words(b)].some((w) => x.has(w));
};

/** Precision and recall of one matcher over every query × title pair; unlisted pairs count as not similar. */
export function pairFigures(set, name, label, queries, docs, similar, matches, tally) {
  let found = 0;
  let right = 0;
  for (const [qid, q] of queries)
    for (const [did, d] of docs) {
      const judged = similar.has(`${qid}\t${did}`);
      const said = matches(q, d);
      if (said) found++;
      if (said && judged) right++;
      if (judged) tally.check(`${name}recall`, qid, said, d, said ? 'match' : 'no match');
    }
  return [
    share(`${set}.${name}precision`, `${label}: pairs called a match that people judged similar`, right, found),
    tally.share(`${name}recall`, `${label}: pairs people judged similar that it calls a match`),
  ];
}

/** Mean share of people's similar titles among the k titles fitcheck ranks closest to each query (ties in file order). */
export function precisionAtK(queries, docs, similar, score, k) {
  const per = queries.map(([qid, q]) => {
    const ranked = docs
      .map(([did, d], i) => ({ did, s: score(q, d), i }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, k);
    return ranked.filter((x) => similar.has(`${qid}\t${x.did}`)).length / k;
  });
  return per.reduce((a, b) => a + b, 0) / (per.length || 1);
}

export async function evaluate(ctx) {
  const dir = `${ctx.corpus}/${DIR}`;
  if (!existsSync(`${dir}/queries.tsv`)) return { skip: `${DIR} not found` };
  const lib = await import('../../dist/index.js');
  const queries = rows(`${dir}/queries.tsv`).map(([id, t]) => [id, t]);
  const docs = rows(`${dir}/corpus_documents.tsv`).map(([id, t]) => [id, t]);
  const similar = new Set(rows(`${dir}/annotations.tsv`).map(([q, , d]) => `${q}\t${d}`));
  const words = new Map();
  const wordsOf = (t) => words.get(t) ?? words.set(t, lib.titleWords(t)).get(t);
  const sim = (a, b) => lib.titleSimilarity(wordsOf(a), wordsOf(b));
  const tally = new Tally('titles');
  const base = new Tally('titles');
  const figures = [
    ...pairFigures(
      'titles',
      '',
      'fitcheck title match',
      queries,
      docs,
      similar,
      (a, b) => sim(a, b) >= lib.TITLE_MATCH,
      tally,
    ),
    ...pairFigures('titles', 'baseline-', 'shared-word baseline', queries, docs, similar, sharedWord, base),
    number(
      'titles.p-at-10',
      'fitcheck: mean share of similar titles among the 10 closest per query',
      precisionAtK(queries, docs, similar, sim, 10),
    ),
    number(
      'titles.baseline-p-at-10',
      'shared-word baseline (words in common ÷ words): the same',
      precisionAtK(queries, docs, similar, (a, b) => (sharedWord(a, b) ? rawDice(a, b) : 0), 10),
    ),
  ];
  return {
    title: `${DIR} (${queries.length} queries × ${docs.length} titles, ${similar.size} pairs judged similar)`,
    figures,
    misses: { ...tally.misses },
  };
}

/** Dice share of raw lower-case words (no normalisation): the baseline's ranking. */
function rawDice(a, b) {
  const words = (t) => [
    ...new Set(
      t
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    ),
  ];
  const x = words(a);
  const y = words(b);
  return (2 * x.filter((w) => y.includes(w)).length) / (x.length + y.length || 1);
}
