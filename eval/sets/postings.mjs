// Postings from a CSV: crashes, time, years read where stated, education read where a degree is
// stated, knock-outs found; LinkedIn adds job seniority against the poster's level (linkedin.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../scripts/csv.mjs';
import { count } from '../lib/figures.mjs';
import { statesDegree, statesYears } from '../lib/posting-oracle.mjs';
import { Tally, timingFigures } from './common.mjs';

/** Read a CSV set's postings (title line, blank line, description: how a posting page reads). */
export async function readPostings(ctx, { file, title, text, id, distinct = false }) {
  const path = join(ctx.corpus, file);
  if (!existsSync(path)) return null;
  // Ids are 1-based data rows of the file, so a miss can be found again whatever was filtered.
  let rows = parseCsv(readFileSync(path, 'utf8').replace(/^\ufeff/, ''))
    .map((r, i) => ({ ...r, __row: i + 1 }))
    .filter((r) => r[text]?.trim());
  const all = rows.length;
  if (distinct) rows = [...new Map(rows.map((r) => [r[text], r])).values()];
  const postings = rows.map((r) => ({ id: `${id}#${r.__row}`, row: r, text: `${r[title] ?? ''}\n\n${r[text]}` }));
  const answers = await ctx.pool(postings.map((p, i) => ({ op: 'job', name: `${id}-${i + 1}.txt`, text: p.text })));
  return { postings, answers, all };
}

/** The reading figures every posting set has. */
export function postingFigures(set, postings, answers) {
  const t = new Tally(set);
  postings.forEach((p, i) => {
    const a = answers[i];
    if (a.crash) t.miss('crash', p.id, '', a.crash);
    if (a.refused) t.miss('refused', p.id, '', a.refused);
    const s = a.summary;
    t.check('kind', p.id, s?.kind === 'job', 'job', s?.kind ?? '(not read)');
    if (statesYears(p.text)) {
      t.check('years', p.id, s?.requiredYears != null, 'states N years', s ? 'no overall years' : '(not read)');
      t.check(
        'years-any',
        p.id,
        s?.requiredYears != null || s?.areaYears > 0,
        'states N years',
        s ? 'no years at all' : '(not read)',
      );
    }
    if (statesDegree(p.text))
      t.check(
        'education',
        p.id,
        !!(s?.education || s?.preferredEducation),
        'names a degree',
        s ? '(none)' : '(not read)',
      );
    t.check('knockouts', p.id, s?.knockouts.length > 0, 'a knock-out', s ? '(none)' : '(not read)');
  });
  const read = answers.filter((a) => a.summary);
  return {
    tally: t,
    figures: [
      count(`${set}.crash`, 'crashes', answers.filter((a) => a.crash).length),
      count(`${set}.refused`, 'refused', answers.filter((a) => a.refused).length),
      t.share('kind', 'read as a posting (document kind)'),
      t.share('years', 'of postings stating N years: overall years read'),
      t.share('years-any', 'of postings stating N years: overall or area years read'),
      t.share('education', 'of postings naming a degree: education read'),
      t.share('knockouts', 'postings with a knock-out found'),
      count(
        `${set}.knockout-total`,
        'knock-outs found, all postings',
        read.reduce((n, a) => n + a.summary.knockouts.length, 0),
      ),
      ...timingFigures(set, answers, 'posting'),
    ],
  };
}

/** Knock-out kinds found, as a small table. */
export function knockoutTable(set, answers) {
  const kinds = {};
  for (const a of answers) for (const k of a.summary?.knockouts ?? []) kinds[k] = (kinds[k] ?? 0) + 1;
  return {
    id: `${set}.knockout-kinds`,
    title: 'knock-outs by kind',
    rows: [['kind', 'found'], ...Object.entries(kinds).sort((a, b) => b[1] - a[1])],
  };
}

/** Per-posting results for `--details`: id, timing, crash or refusal, and what was read. */
export function postingDetails(read) {
  return read.postings.map((p, i) => ({
    id: p.id,
    seconds: read.answers[i].ms / 1000,
    crash: read.answers[i].crash,
    refused: read.answers[i].refused,
    ...read.answers[i].summary,
  }));
}
