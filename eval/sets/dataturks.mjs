// DataTurks: resumes as text with human spans; field accuracy of the resume reader.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { degreeLevel, higher } from '../lib/degrees.mjs';
import { count } from '../lib/figures.mjs';
import { employerMatch, looseMatch, nameMatch } from '../lib/match.mjs';
import { distinct, labelledSpans, linesOf } from '../lib/spans.mjs';
import { Tally, timingFigures } from './common.mjs';

export const FILE = 'resumes/dataturks-dev.jsonl';

/** Read every record through fitcheck and score names, titles, employers and degrees against the spans. */
export async function evaluate(ctx) {
  const path = join(ctx.corpus, FILE);
  if (!existsSync(path)) return { skip: `${FILE} not found` };
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const answers = await ctx.pool(
    records.map((r, i) => ({ op: 'resume', name: `dataturks-${i + 1}.txt`, text: r.content, withLines: true })),
  );
  const t = new Tally('dataturks');
  records.forEach((record, i) => scoreRecord(t, `dataturks#${i + 1}`, labelledSpans(record), answers[i]));
  return {
    title: `${FILE} (${records.length} resumes as text)`,
    figures: [
      t.share('name', 'annotated name read as the name'),
      t.share('title', 'annotated designation read as a role title'),
      t.share('employer', 'annotated company read as a role employer'),
      t.share('degree', 'annotated degree (table-mapped) read as a degree on its line'),
      t.share('degree-level', 'annotated degree read with the right level'),
      t.share('highest-level', 'highest annotated level = education read'),
      count(
        'dataturks.degree-unmapped',
        "annotated degrees the eval's table maps to no level (left out)",
        t.extra.unmapped ?? 0,
      ),
      t.share('kind', 'read as a resume (document kind)'),
      count('dataturks.crash', 'crashes', t.extra.crash ?? 0),
      count('dataturks.refused', 'refused', t.extra.refused ?? 0),
      ...timingFigures('dataturks', answers),
    ],
    misses: t.misses,
    details: answers.map((a, i) => ({ id: `dataturks#${i + 1}`, ...detail(a) })),
  };
}

/** What was read, for --details (the text itself left out). */
const detail = ({ ms, crash, refused, summary }) => ({
  seconds: ms / 1000,
  crash,
  refused,
  ...(summary ? { ...summary, lines: undefined } : {}),
});

function scoreRecord(t, id, spans, answer) {
  if (answer.crash || answer.refused) {
    t.bump(answer.crash ? 'crash' : 'refused');
    t.miss(answer.crash ? 'crash' : 'refused', id, '', answer.crash ?? answer.refused);
  }
  const p = answer.summary ?? { name: null, roles: [], degrees: [], education: null, lines: [], kind: null };
  if (spans.Name?.length)
    t.check(
      'name',
      id,
      spans.Name.some((n) => nameMatch(n, p.name)),
      spans.Name[0],
      p.name,
    );
  for (const d of distinct(spans.Designation))
    t.check(
      'title',
      id,
      p.roles.some((r) => looseMatch(d, r.title)),
      d,
      p.roles.map((r) => r.title).join(' | '),
    );
  for (const c of distinct(spans['Companies worked at']))
    t.check(
      'employer',
      id,
      p.roles.some((r) => r.employer && employerMatch(c, r.employer)),
      c,
      p.roles.map((r) => r.employer ?? '-').join(' | '),
    );
  let highest = null;
  for (const d of distinct(spans.Degree)) {
    const level = degreeLevel(d);
    if (!level) {
      t.bump('unmapped');
      continue;
    }
    highest = higher(highest, level);
    const lines = new Set(linesOf(p.lines ?? [], d));
    const here = p.degrees.filter((g) => lines.has(g.line));
    const read = here.map((g) => g.level).join(', ') || '(none on its line)';
    t.check('degree', id, here.length > 0, `${d} → ${level}`, read);
    t.check(
      'degree-level',
      id,
      here.some((g) => g.level === level),
      `${d} → ${level}`,
      read,
    );
  }
  if (highest) t.check('highest-level', id, p.education === highest, highest, p.education ?? '(none)');
  t.check('kind', id, p.kind === 'resume', 'resume', p.kind ?? '(not read)');
}
