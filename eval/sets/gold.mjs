// Gold resumes in ../shared/data/resumes: Reactive Resume (JSON + PDF per template) and RenderCV (YAML,
// some with PDF) say exactly which roles and degrees each resume has; PDF/DOCX pairs must read alike.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { count } from '../lib/figures.mjs';
import { employerMatch, looseMatch, nameMatch } from '../lib/match.mjs';
import { reactiveGold, renderCvGold } from '../lib/gold.mjs';
import { Tally } from './common.mjs';
import { comparePair } from './pairs.mjs';

const DIR = 'resumes';

/** Score each gold resume in each format it comes in, and the PDF/DOCX pairs against each other. */
export async function evaluate(ctx) {
  const root = join(ctx.data, DIR);
  if (!existsSync(root)) return { skip: `${join(ctx.data, DIR)} not found (pass --data DIR)` };
  const docs = [...reactiveDocs(root, ctx.asOf), ...renderCvDocs(root, ctx.asOf)];
  const pairs = pairDocs(join(root, 'soupboss'));
  const answers = await ctx.pool([...docs, ...pairs.flat()].map((d) => ({ op: 'resume', path: d.path })));
  const t = new Tally('gold');
  docs.forEach((d, i) => scoreGold(t, d, answers[i]));
  pairs.forEach(([a, b], i) =>
    comparePair(
      t,
      basename(a.path).replace(/\.pdf$/i, ''),
      answers[docs.length + 2 * i],
      answers[docs.length + 2 * i + 1],
    ),
  );
  const groups = [...new Set(docs.map((d) => d.group))];
  return {
    title: `${join(ctx.data, DIR)}: ${docs.length} gold documents (${groups.join(', ')}), ${pairs.length} PDF/DOCX pairs`,
    figures: [
      ...groups.flatMap((g) => [
        t.share(`${g}.role`, `${g}: gold roles read with title and employer`),
        t.share(`${g}.dates`, `${g}: gold roles read with start and end month`),
        t.share(`${g}.extra`, `${g}: roles read that are gold roles (precision)`),
        t.share(`${g}.education`, `${g}: highest gold degree level read`),
        t.share(`${g}.name`, `${g}: name read`),
      ]),
      ...['roles', 'years', 'education', 'skills'].map((f) =>
        t.share(`pairs.${f}`, `PDF/DOCX pairs reading the same ${f}`),
      ),
      count('gold.crash', 'crashes', t.extra.crash ?? 0),
      count('gold.refused', 'refused', t.extra.refused ?? 0),
    ],
    misses: t.misses,
    details: docs.map((d, i) => ({
      id: d.id,
      group: d.group,
      gold: d.gold,
      crash: answers[i].crash,
      refused: answers[i].refused,
      read: answers[i].summary ?? null,
    })),
  };
}

function reactiveDocs(root, asOf) {
  const dir = join(root, 'reactive-resume');
  if (!existsSync(join(dir, 'json'))) return [];
  return readdirSync(join(dir, 'json'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const gold = reactiveGold(JSON.parse(readFileSync(join(dir, 'json', f), 'utf8')), asOf);
      const pdf = join(dir, 'pdf', f.replace(/\.json$/, '.pdf'));
      return [
        { group: 'reactive-json', id: f, path: join(dir, 'json', f), gold },
        ...(existsSync(pdf) ? [{ group: 'reactive-pdf', id: basename(pdf), path: pdf, gold }] : []),
      ];
    });
}

function renderCvDocs(root, asOf) {
  const dir = join(root, 'rendercv');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => join(dir, d.name, f)),
    )
    .flatMap((path) => {
      const gold = renderCvGold(parseYaml(readFileSync(path, 'utf8')), asOf);
      const pdf = path.replace(/\.ya?ml$/, '.pdf');
      return [
        { group: 'rendercv-yaml', id: basename(path), path, gold },
        ...(existsSync(pdf) ? [{ group: 'rendercv-pdf', id: basename(pdf), path: pdf, gold }] : []),
      ];
    });
}

/** Files that come as both PDF and DOCX under one name. */
function pairDocs(dir) {
  if (!existsSync(dir)) return [];
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((f) => f.endsWith('.pdf') && files.has(f.replace(/\.pdf$/, '.docx')))
    .sort()
    .map((f) => [{ path: join(dir, f) }, { path: join(dir, f.replace(/\.pdf$/, '.docx')) }]);
}

function scoreGold(t, d, a) {
  const id = d.id;
  if (a.crash || a.refused) {
    t.bump(a.crash ? 'crash' : 'refused');
    t.miss(a.crash ? 'crash' : 'refused', id, '', a.crash ?? a.refused);
  }
  const p = a.summary ?? { roles: [], name: null, education: null };
  const shown = (r) => `${r.title} @ ${r.employer ?? '-'} ${r.start ?? '?'}..${r.end ?? '?'}`;
  const read = p.roles.map(shown).join(' | ') || '(no roles)';
  const matched = new Set();
  for (const g of d.gold.roles) {
    const hit = p.roles.find((r) => roleMatches(g, r));
    if (hit) matched.add(hit);
    t.check(`${d.group}.role`, id, !!hit, shown(g), read);
    t.check(
      `${d.group}.dates`,
      id,
      !!hit && hit.start === g.start && hit.end === g.end,
      shown(g),
      hit ? shown(hit) : read,
    );
  }
  for (const r of p.roles) t.check(`${d.group}.extra`, id, matched.has(r), '(a gold role)', shown(r));
  t.check(
    `${d.group}.education`,
    id,
    p.education === d.gold.education,
    d.gold.education ?? '(none)',
    p.education ?? '(none)',
  );
  t.check(`${d.group}.name`, id, nameMatch(d.gold.name, p.name), d.gold.name, p.name ?? '(none)');
}

const roleMatches = (g, r) => looseMatch(g.title, r.title) && !!r.employer && employerMatch(g.employer, r.employer);
