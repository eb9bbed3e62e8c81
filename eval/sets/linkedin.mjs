// LinkedIn AI/ML postings: the poster's experienceLevel is the label for job seniority (noisy: some
// "Entry level" postings ask for 5+ years), folded to entry vs senior; plus the posting figures.
import { count, share } from '../lib/figures.mjs';
import { knockoutTable, postingDetails, postingFigures, readPostings } from './postings.mjs';

export const FILE = 'jobs/linkedin-ai-ml-2024-dev.csv';
/** The poster's levels folded to the two the figure compares; others (Associate, Not Applicable, empty) are left out. */
export const LABEL_FOLD = {
  Internship: 'entry',
  'Entry level': 'entry',
  'Mid-Senior level': 'senior',
  Director: 'senior',
  Executive: 'senior',
};
/** fitcheck's ladder folded the same way. */
export const READ_FOLD = {
  intern: 'entry',
  junior: 'entry',
  mid: 'senior',
  senior: 'senior',
  lead: 'senior',
  staff: 'senior',
  principal: 'senior',
  manager: 'senior',
  director: 'senior',
  executive: 'senior',
};
const POSTER_LEVELS = [
  'Internship',
  'Entry level',
  'Associate',
  'Mid-Senior level',
  'Director',
  'Executive',
  'Not Applicable',
  '',
];
// The columns: fitcheck's own ladder (from the built package, so a new level shows up here), then no level, a crash.
const { SENIORITY_LADDER } = await import('../../dist/index.js');
const READ_LEVELS = [...SENIORITY_LADDER, 'none', 'crash'];

/** Read every posting; seniority against the poster's level, with the confusion table and the basis fitcheck gave. */
export async function evaluate(ctx) {
  const read = await readPostings(ctx, { file: FILE, title: 'title', text: 'description', id: 'linkedin' });
  if (!read) return { skip: `${FILE} not found` };
  const { postings, answers } = read;
  const { tally, figures } = postingFigures('linkedin', postings, answers);
  const cells = postings.map((p, i) => {
    const s = answers[i].summary;
    const level = answers[i].crash || answers[i].refused ? 'crash' : (s.seniority ?? 'none');
    return {
      id: p.id,
      poster: p.row.experienceLevel ?? '',
      level,
      basis: s?.basis ?? 'n/a',
      want: LABEL_FOLD[p.row.experienceLevel] ?? null,
      got: READ_FOLD[level] ?? 'none',
    };
  });
  const labelled = cells.filter((c) => c.want);
  for (const c of labelled)
    if (c.want !== c.got)
      tally.miss('seniority', c.id, `${c.want} (${c.poster})`, `${c.got} (${c.level}, basis ${c.basis})`);
  const right = labelled.filter((c) => c.want === c.got).length;
  return {
    title: `${FILE} (${postings.length} postings; title line, blank line, description)`,
    figures: [
      share('linkedin.seniority', 'seniority right, entry vs senior (poster level folded)', right, labelled.length),
      share(
        'linkedin.seniority-always-senior',
        'for reference: always answering senior',
        labelled.filter((c) => c.want === 'senior').length,
        labelled.length,
      ),
      share(
        'linkedin.seniority-none',
        'postings read without a level',
        cells.filter((c) => c.level === 'none').length,
        cells.length,
      ),
      share(
        'linkedin.seniority-basis',
        'postings whose level carries a basis',
        cells.filter((c) => c.basis !== 'n/a').length,
        cells.length,
      ),
      count(
        'linkedin.seniority-unlabelled',
        'postings left out (Associate, Not Applicable, empty)',
        cells.length - labelled.length,
      ),
      ...figures,
    ],
    tables: [confusion(cells), folded(labelled), basisTable(labelled), knockoutTable('linkedin', answers)],
    misses: tally.misses,
    details: postingDetails(read),
  };
}

function confusion(cells) {
  const cols = READ_LEVELS.filter((l) => cells.some((c) => c.level === l));
  const rows = POSTER_LEVELS.filter((p) => cells.some((c) => c.poster === p)).map((p) => [
    p || '(empty)',
    ...cols.map((l) => cells.filter((c) => c.poster === p && c.level === l).length),
  ]);
  return {
    id: 'linkedin.seniority-confusion',
    title: "seniority: poster's level (rows) × level fitcheck read (columns)",
    rows: [['poster \\ read', ...cols], ...rows],
  };
}

function folded(labelled) {
  const cols = ['entry', 'senior', 'none'];
  const rows = ['entry', 'senior'].map((w) => [
    w,
    ...cols.map((g) => labelled.filter((c) => c.want === w && c.got === g).length),
  ]);
  return {
    id: 'linkedin.seniority-folded',
    title: 'seniority folded: poster (rows) × fitcheck (columns)',
    rows: [['poster \\ read', ...cols], ...rows],
  };
}

function basisTable(labelled) {
  const bases = [...new Set(labelled.map((c) => c.basis))].sort();
  const rows = bases.map((b) => {
    const cs = labelled.filter((c) => c.basis === b);
    const right = cs.filter((c) => c.want === c.got).length;
    return [b, cs.length, right, (right / cs.length).toFixed(2)];
  });
  return {
    id: 'linkedin.seniority-basis',
    title: 'seniority by the basis fitcheck gave (n/a: the profile carries none)',
    rows: [['basis', 'postings', 'right', 'share'], ...rows],
  };
}
