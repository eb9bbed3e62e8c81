/** The keyword coverage view: each posting term, how often the posting and the resume say it, and where the resume does. */
import { GROUP_WORDS, skillGroupOf } from '../score/section.js';
import { POSTING_SECTIONS, type FitResult, type PostingSection } from '../types.js';
import { visibleWidth, WIDTH } from './layout.js';
import type { Style } from './style.js';

/** How the resume covers one posting term. */
export type Coverage = 'shown' | 'alternative' | 'missing';

/** One posting term in the coverage view. */
export interface CoverageRow {
  term: string;
  required: boolean;
  /** The part of the posting that names it, when the result says. */
  section?: PostingSection;
  /** Lines of the posting that name it. */
  posting: number;
  /** Lines of the resume that show it (at most the evidence kept per skill). */
  resume: number;
  /** Resume line numbers, in order. */
  lines: number[];
  how: Coverage;
  /** The skill that covers it when another member of its any-of group is shown. */
  via?: string;
}

/** The coverage rows of a result, required terms first (then preferred, duties, mentions), then by how often the posting says them. */
export function coverageRows(r: FitResult): CoverageRow[] {
  const matched = new Map(r.skills.matched.map((m) => [m.skill, m]));
  const alternatives = new Map((r.skills.alternatives ?? []).map((a) => [a.skill, a.via]));
  const rows = r.job.skills.map((s): CoverageRow => {
    const m = matched.get(s.skill);
    const lines = [...new Set((m?.evidence ?? []).map((e) => e.line))].sort((a, b) => a - b);
    const via = alternatives.get(s.skill);
    return {
      term: s.skill,
      required: s.required,
      ...(s.section ? { section: s.section } : {}),
      posting: s.mentions ?? 1,
      resume: lines.length,
      lines,
      how: m ? 'shown' : via ? 'alternative' : 'missing',
      ...(via ? { via } : {}),
    };
  });
  const rank = (x: CoverageRow) => POSTING_SECTIONS.indexOf(skillGroupOf(x));
  return rows.sort((a, b) => rank(a) - rank(b) || b.posting - a.posting);
}

/** Evidence lines a result keeps per skill (MAX_EVIDENCE_PER_SKILL in check.ts): a count there may be more. */
const KEPT = 20;

/** "3×" or, at the cap of kept evidence, "20+×". */
export const times = (n: number) => (n >= KEPT ? `${n}+×` : `${n}×`);

/** "lines 7, 11, 12, …" within `room` characters. */
function lineList(lines: number[], room: number): string {
  let text = `line${lines.length > 1 ? 's' : ''} ${lines[0]}`;
  for (let i = 1; i < lines.length; i++) {
    const next = `${text}, ${lines[i]}`;
    if (next.length + (i < lines.length - 1 ? 3 : 0) > room) return `${text}, …`;
    text = next;
  }
  return text;
}

/** The text view of the coverage (the text report's `--details`), one term a line, 80 columns. */
export function coverageText(r: FitResult, s: Style): string[] {
  const rows = coverageRows(r);
  if (!rows.length) return [];
  const width = Math.min(28, Math.max(...rows.map((x) => x.term.length)));
  const out = ['', s.heading('Keyword coverage') + s.c.dim('  term · kind · posting says it · resume does · where')];
  for (const x of rows) {
    const mark = x.how === 'shown' ? s.ok('') : x.how === 'alternative' ? s.neutral('') : s.bad('');
    const term = (x.term.length > width ? x.term.slice(0, width - 1) + '…' : x.term).padEnd(width);
    const kind = GROUP_WORDS[skillGroupOf(x)].short.padEnd(4);
    const lead = `  ${mark} ${term}  ${kind}  ${times(x.posting).padStart(4)}  ${times(x.resume).padStart(4)}  `;
    const room = WIDTH - visibleWidth(lead);
    const where =
      x.how === 'shown'
        ? lineList(x.lines, room)
        : x.how === 'alternative'
          ? `not named; ${x.via} covers it`
          : 'not in the resume';
    out.push(lead + (where.length > room ? where.slice(0, room - 1) + '…' : where));
  }
  return out;
}
