// LiveCareer: 1,236 real resume PDFs in occupation folders; no labels but the folder, so the page
// text (pdftotext) is the oracle of what a file shows: date ranges and degree words.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { showsDateRange } from '../lib/dates.mjs';
import { count, median, number, skipped } from '../lib/figures.mjs';
import { pageDegreeLevels } from '../lib/oracle.mjs';
import { pageTexts } from '../lib/pagetext.mjs';
import { Tally, timingFigures } from './common.mjs';
import { occupationTable } from './livecareer-table.mjs';

export const DIR = 'resumes/livecareer';
/** Figures against the page text, shown as skipped when pdftotext cannot run. */
const PAGE_FIGURES = [
  ['page-dated', 'of files whose page shows a date range: dated roles read'],
  ['page-years', 'of files whose page shows a date range: years > 0'],
  ['page-education', 'of files whose page shows a degree word: education read'],
  ['page-level', "of those: the highest level read = the page's highest"],
];

/** Read every PDF; figures overall and per occupation folder, and against the page text when pdftotext runs. */
export async function evaluate(ctx) {
  const root = join(ctx.corpus, DIR);
  if (!existsSync(root)) return { skip: `${DIR} not found` };
  const files = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(root, d.name))
        .filter((f) => /\.pdf$/i.test(f))
        .sort()
        .map((f) => ({ folder: d.name, id: `${d.name}/${f.replace(/\.pdf$/i, '')}`, path: join(root, d.name, f) })),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
  ctx.log(
    `livecareer: ${files.length} PDFs on ${ctx.threads} thread(s)${ctx.pdftotext ? ', page text by pdftotext (cached)' : ''}…`,
  );
  const [answers, pages] = await Promise.all([
    ctx.pool(files.map((f) => ({ op: 'resume', path: f.path }))),
    ctx.pdftotext
      ? pageTexts(
          files.map((f) => f.path),
          1,
        )
      : null,
  ]);
  const rows = files.map((f, i) => fileRow(f, answers[i], pages?.[i] ?? null));
  const t = new Tally('livecareer');
  for (const r of rows) tallyRow(t, r, !!pages);
  const refusals = countBy(rows.filter((r) => r.refused).map((r) => r.refused.replace(/\d+(\.\d+)?/g, 'N')));
  return {
    title: `${DIR} (${files.length} resume PDFs in ${new Set(files.map((f) => f.folder)).size} occupation folders; no names on these pages)`,
    figures: [
      count('livecareer.files', 'files', rows.length),
      count('livecareer.crash', 'crashes', rows.filter((r) => r.crash).length),
      count('livecareer.refused', 'refused (reasons in the table below)', rows.filter((r) => r.refused).length),
      t.share('dated', 'files with at least one dated role'),
      t.share('years', 'files with years > 0'),
      t.share('education', 'files with an education level'),
      t.share('skills', 'files with at least one skill'),
      number(
        'livecareer.skills-median',
        'skills per file, median',
        median(rows.filter((r) => r.ok).map((r) => r.skills)),
      ),
      t.share('no-name', 'files read without a name (right: these pages carry none)'),
      t.share('kind', 'read as a resume (document kind)'),
      ...PAGE_FIGURES.map(([name, label]) =>
        pages ? t.share(name, label) : skipped(`livecareer.${name}`, label, ctx.noPageText),
      ),
      ...timingFigures('livecareer', answers, 'file'),
    ],
    tables: [
      occupationTable(rows),
      {
        id: 'livecareer.refusals',
        title: 'refusal reasons',
        rows: [
          ['reason', 'files'],
          ...Object.entries(refusals).map(([r, n]) => [r.length > 80 ? `${r.slice(0, 79)}…` : r, n]),
        ],
      },
    ].filter((x) => x.rows.length > 1),
    misses: t.misses,
    details: rows,
  };
}

function fileRow(f, a, page) {
  const p = a.summary;
  return {
    id: f.id,
    folder: f.folder,
    ok: !!p,
    crash: a.crash ?? null,
    refused: a.refused ?? null,
    name: p?.name ?? null,
    dated: p ? p.roles.filter((r) => r.start).length : 0,
    roles: p ? p.roles.length : 0,
    years: p?.years ?? null,
    education: p?.education ?? (p?.degrees.length ? p.degrees[0].level : null),
    skills: p ? p.skills.length : 0,
    kind: p?.kind ?? null,
    seconds: a.ms / 1000,
    ...(page !== null ? { page: { dateRange: showsDateRange(page), degrees: pageDegreeLevels(page) } } : {}),
  };
}

function tallyRow(t, r, oracle) {
  if (r.crash) t.miss('crash', r.id, '', r.crash);
  if (r.refused) t.miss('refused', r.id, '', r.refused);
  t.check('dated', r.id, r.dated > 0, 'a dated role', `${r.roles} role(s), none dated`);
  t.check('years', r.id, r.years > 0, 'years > 0', r.years ?? 'none');
  t.check('education', r.id, r.education !== null, 'a level', '(none)');
  t.check('skills', r.id, r.skills > 0, 'a skill', '(none)');
  t.check('no-name', r.id, r.name === null, '(no name on the page)', r.name);
  t.check('kind', r.id, r.kind === 'resume', 'resume', r.kind ?? '(not read)');
  if (!oracle || !r.page) return;
  if (r.page.dateRange) {
    t.check('page-dated', r.id, r.dated > 0, 'page shows a date range', `${r.roles} role(s), none dated`);
    t.check('page-years', r.id, r.years > 0, 'page shows a date range', r.years ?? 'none');
  }
  if (r.page.degrees.length) {
    t.check('page-education', r.id, r.education !== null, r.page.degrees.join(', '), '(none)');
    if (r.education !== null)
      t.check('page-level', r.id, r.education === r.page.degrees[0], r.page.degrees[0], r.education);
  }
}

const countBy = (xs) =>
  Object.fromEntries(
    Object.entries(xs.reduce((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {})).sort((a, b) => b[1] - a[1]),
  );
