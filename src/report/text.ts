/** The terminal reporter: header, knock-outs, skills, background, score breakdown, what to do. Reads without colour. */
import { skillGroupOf } from '../score/section.js';
import { groupedSkillAdvice } from '../score/skill-advice.js';
import { POSTING_SECTIONS, type FitResult, type KnockoutVerdict, type Message } from '../types.js';
import { coverageText } from './coverage.js';
import { educationViaExperience, messagesOf, seniorityGap } from './findings.js';
import type { ReportOptions } from './index.js';
import { bar, hang, padVisible, trimAround, WIDTH } from './layout.js';
import { makeStyle, type Style } from './style.js';
import { evidenceLine, skillsSection } from './text-skills.js';

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

function header(r: FitResult, s: Style): string[] {
  const who = r.resume.name ?? baseName(r.resume.path);
  const color = s.band(r.score, r.knockedOut);
  const hits = r.knockouts.filter((k) => k.status === 'hit').length;
  const unknown = r.knockouts.filter((k) => k.status === 'unknown').length;
  const plural = (n: number) => `${n} knock-out${n === 1 ? '' : 's'}`;
  const [tone, verdict] = r.knockedOut
    ? [
        s.bad,
        `knocked out: ${plural(hits)} hit; the posting screens this resume out whatever the score (band: ${r.band})`,
      ]
    : unknown
      ? [s.unsure, `${plural(unknown)} to check; none hit`]
      : r.knockouts.length
        ? [s.ok, `no knock-out hit (${r.knockouts.length} clear)`]
        : [(w: string) => s.c.dim(`– ${w}`), 'the posting states no knock-outs'];
  const lines = hang('', verdict, 17, WIDTH - 2);
  return [
    s.c.bold(trimAround(`${who}  →  ${r.job.title}`, '', WIDTH)),
    s.c.dim(sources(r)),
    '',
    `  Score ${color(s.c.bold(String(r.score).padStart(3)))}/100  ${color(bar(r.score))}  ${color(s.c.bold(r.verdict.toUpperCase()))}`,
    ...lines.map(
      (l, i) => ' '.repeat(15) + (i === 0 ? tone(l.trim()) : s.c[r.knockedOut ? 'red' : 'reset']('  ' + l.trim())),
    ),
  ];
}

/** "resume a.md · job b.txt", file names shortened to fit; a short name leaves its room to the other. */
function sources(r: FitResult): string {
  const room = WIDTH - 'resume  · job '.length;
  const [res, job] = [baseName(r.resume.path), baseName(r.job.path)];
  const resShown = trimAround(res, '', Math.max(Math.floor(room / 2), room - job.length));
  return `resume ${resShown} · job ${trimAround(job, '', room - resShown.length)}`;
}

const ORDER = { hit: 0, unknown: 1, clear: 2 } as const;

function knockoutSection(r: FitResult, s: Style, details: boolean): string[] {
  if (!r.knockouts.length) return [];
  const out = ['', s.heading('Knock-outs') + s.c.dim('  disqualifiers the posting states')];
  const sorted = [...r.knockouts].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  for (const k of sorted) {
    out.push(`  ${padVisible(mark(k, s), 11)}${trimAround(k.criterion, '', WIDTH - 13)}`);
    // The reason always; the evidence line for a clear criterion only with --details (it is the why, not news).
    out.push(...hang('', k.reason, 13).map((l) => s.c.dim(l)));
    if (k.evidence && (k.status !== 'clear' || details)) out.push(evidenceLine(k.evidence, s, 13));
  }
  return out;
}

function mark(k: KnockoutVerdict, s: Style): string {
  return k.status === 'hit' ? s.bad('hit') : k.status === 'clear' ? s.ok('clear') : s.unsure('unknown');
}

function backgroundSection(r: FitResult, s: Style): string[] {
  const row = (label: string, cand: string, req: string, status: string) =>
    `  ${label.padEnd(13)}${cand.padEnd(17)}${req.padEnd(17)}${status}`;
  const { requiredYears: ry, candidateYears: cy } = r.experience;
  const years =
    ry === null
      ? s.c.dim('– not asked')
      : cy === null
        ? s.unsure('unknown')
        : cy >= ry
          ? s.ok('meets')
          : s.bad(`${Math.round((ry - cy) * 10) / 10} years short`);
  const { required: rs, candidate: cs } = r.seniority;
  const gap = seniorityGap(r);
  const level =
    rs === null
      ? s.c.dim('– not asked')
      : gap === null
        ? s.unsure('unknown')
        : gap < 0
          ? s.bad(`${-gap} step${gap === -1 ? '' : 's'} below`)
          : gap >= 2
            ? s.unsure(`${gap} steps above`)
            : s.ok('meets');
  const e = r.education;
  const edu =
    e.required === null
      ? s.c.dim('– not asked')
      : e.met === null
        ? s.unsure('unknown')
        : e.met
          ? s.ok(educationViaExperience(r) ? 'via experience' : 'meets')
          : s.bad('below');
  return [
    '',
    s.heading('Background') + s.c.dim(`     ${'your resume'.padEnd(17)}posting`),
    row('Experience', cy === null ? 'unknown' : `${cy} years`, ry === null ? 'not stated' : `${ry}+ years`, years),
    ...areaRows(r, s, row),
    row('Seniority', cs ?? 'unknown', rs ?? 'not stated', level),
    row('Education', e.candidate ?? 'unknown', e.required ?? 'not stated', edu),
    ...titleRow(r, s, row),
  ];
}

/** Each area the posting asks years of ("3+ years of Terraform"), under Experience: the resume's years in it. */
function areaRows(r: FitResult, s: Style, row: (l: string, c: string, q: string, st: string) => string): string[] {
  return (r.experience.areas ?? []).map((a) => {
    const cand = a.candidateYears === null ? 'no dated role' : `${Math.round(a.candidateYears * 10) / 10} years`;
    const status =
      a.met === null
        ? s.unsure('unknown')
        : a.met
          ? s.ok('meets')
          : s.bad(`${Math.round((a.requiredYears - a.candidateYears!) * 10) / 10} years short`);
    return row(`  ${trimAround(a.skill ?? a.skills[0], '', 10)}`, cand, `${a.requiredYears}+ years`, status);
  });
}

/** The posting's title against the closest role title (results written before title match have none). */
function titleRow(r: FitResult, s: Style, row: (l: string, c: string, q: string, st: string) => string): string[] {
  const t = r.title;
  if (!t) return [];
  const cut = (x: string) => trimAround(x, '', 16);
  const status = t.closest === null ? s.unsure('no role titles') : t.match ? s.ok('matches') : s.bad('differs');
  return [
    row(
      'Title',
      cut(t.closest ?? 'none read'),
      cut(t.posting),
      `${status} ${s.c.dim(`(${Math.round(t.similarity * 100)}% words)`)}`,
    ),
  ];
}

function scoreSection(r: FitResult, s: Style): string[] {
  const out = ['', s.heading('Score breakdown') + s.c.dim(`  points of each weight; years as of ${r.asOf}`)];
  for (const comp of r.components) {
    const pts = `${comp.points.toFixed(1).padStart(5)} / ${String(comp.weight).padEnd(3)}`;
    // The detail wraps under itself: its end often says why (no points, and for what).
    const [first, ...rest] = hang('', comp.detail, 31);
    out.push(`  ${comp.name.padEnd(17)}${pts} ${s.c.dim(first.trim())}`, ...rest.map((l) => s.c.dim(l)));
  }
  // Say in words what the factors mean, once, under the numbers.
  const notes: string[] = [];
  if (r.components.some((c) => /relevance\)/.test(c.detail)))
    notes.push(
      '× relevance: years, seniority and education count only as far as the required skills are shown (× 0.10 with none, × 1.00 when they are).',
    );
  if (r.components.some((c) => /% by depth\)/.test(c.detail)))
    notes.push(
      'By depth: a skill named in two or more roles earns its full weight, in one role 85%, only in a skills list 60%, last used over 5 years ago 85% of that; one only implied by a narrower skill half.',
    );
  if (r.capped) notes.push(`Score ${r.capped.reason}.`);
  for (const n of notes) out.push(...hang('', n, 4).map((l) => s.c.dim(l)));
  return out;
}

/** One item of the "What to do" list. */
interface Item {
  kind: Message['kind'];
  reason: string;
}

/** In the compact view, skills with no related sign are one item per group (required, preferred, duties, mentions), and skills of a group pointing at the same related skill are one item. */
function compactItems(list: Message[]): Item[] {
  const out: Item[] = [];
  const key = (m: Message) =>
    m.kind === 'skill'
      ? `${skillGroupOf({ required: m.required === true, section: m.section })}|${m.related ?? ''}`
      : null;
  for (const m of list) {
    const k = key(m);
    const same = k === null ? [m] : list.filter((o) => key(o) === k);
    if (same.length === 1) out.push(m);
    else if (same[0] === m) out.push({ kind: 'skill', reason: groupedSkillAdvice(same) });
  }
  return out;
}

function suggestionSection(r: FitResult, s: Style, details: boolean): string[] {
  const messages = messagesOf(r);
  const list = details ? messages : compactItems(messages);
  if (!list.length) return [];
  const out = ['', s.heading('What to do') + s.c.dim('  most costly gap first')];
  list.forEach((sg, i) => {
    const lines = hang(`${String(i + 1).padStart(3)}. `, sg.reason, 5);
    out.push(...(sg.kind === 'knockout' ? lines.map((l) => s.c.red(l)) : lines));
  });
  return out;
}

/** Render a result for people: compact by default, every evidence line with `details`. */
export function textReport(r: FitResult, options: ReportOptions): string {
  const s = makeStyle(options.color);
  const details = options.details === true;
  const out = [
    ...header(r, s),
    ...knockoutSection(r, s, details),
    ...POSTING_SECTIONS.flatMap((group) => skillsSection(r, group, s, details)),
    ...backgroundSection(r, s),
    ...scoreSection(r, s),
    ...suggestionSection(r, s, details),
    ...(details ? coverageText(r, s) : []),
  ];
  if (!details && r.skills.matched.length)
    out.push('', s.c.dim('Evidence for every skill: --details. Machine-readable: --format json.'));
  return out.join('\n') + '\n';
}
