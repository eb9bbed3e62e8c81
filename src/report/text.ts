/** The terminal reporter: header, knock-outs, skills, background, score breakdown, what to do. Reads without colour. */
import { levelGap } from '../score/levels.js';
import { EDUCATION_LEVELS, type FitResult, type KnockoutVerdict, type Suggestion } from '../types.js';
import type { ReportOptions } from './index.js';
import { bar, hang, padVisible, trimAround, WIDTH } from './layout.js';
import { makeStyle, type Style } from './style.js';
import { evidenceLine, skillsSection } from './text-skills.js';

export { trimAround, wrap } from './layout.js';

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

function header(r: FitResult, s: Style): string[] {
  const who = r.resume.name ?? baseName(r.resume.path);
  const color = s.band(r.score, r.knockedOut);
  const hits = r.knockouts.filter((k) => k.status === 'hit').length;
  const unknown = r.knockouts.filter((k) => k.status === 'unknown').length;
  const plural = (n: number) => `${n} knock-out${n === 1 ? '' : 's'}`;
  const [tone, verdict] = r.knockedOut
    ? [s.bad, `knocked out: ${plural(hits)} hit; the posting screens this resume out whatever the score (band: ${r.band})`]
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
    ...lines.map((l, i) => ' '.repeat(15) + (i === 0 ? tone(l.trim()) : s.c[r.knockedOut ? 'red' : 'reset']('  ' + l.trim()))),
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
  const row = (label: string, cand: string, req: string, status: string) => `  ${label.padEnd(13)}${cand.padEnd(17)}${req.padEnd(17)}${status}`;
  const { requiredYears: ry, candidateYears: cy } = r.experience;
  const years =
    ry === null ? s.c.dim('– not asked') : cy === null ? s.unsure('unknown') : cy >= ry ? s.ok('meets') : s.bad(`${Math.round((ry - cy) * 10) / 10} years short`);
  const { required: rs, candidate: cs } = r.seniority;
  const gap = rs && cs ? levelGap(rs, cs) : null;
  const level =
    rs === null ? s.c.dim('– not asked') : gap === null ? s.unsure('unknown') : gap < 0 ? s.bad(`${-gap} step${gap === -1 ? '' : 's'} below`) : gap >= 2 ? s.unsure(`${gap} steps above`) : s.ok('meets');
  const e = r.education;
  const below = e.required !== null && e.candidate !== null && EDUCATION_LEVELS.indexOf(e.candidate) < EDUCATION_LEVELS.indexOf(e.required);
  const edu = e.required === null ? s.c.dim('– not asked') : e.met === null ? s.unsure('unknown') : e.met ? s.ok(below ? 'via experience' : 'meets') : s.bad('below');
  return [
    '',
    s.heading('Background') + s.c.dim(`     ${'your resume'.padEnd(17)}posting`),
    row('Experience', cy === null ? 'unknown' : `${cy} years`, ry === null ? 'not stated' : `${ry}+ years`, years),
    row('Seniority', cs ?? 'unknown', rs ?? 'not stated', level),
    row('Education', e.candidate ?? 'unknown', e.required ?? 'not stated', edu),
  ];
}

function scoreSection(r: FitResult, s: Style): string[] {
  const out = ['', s.heading('Score breakdown') + s.c.dim(`  points of each weight; years as of ${r.asOf}`)];
  for (const comp of r.components) {
    const pts = `${comp.points.toFixed(1).padStart(5)} / ${String(comp.weight).padEnd(3)}`;
    out.push(`  ${comp.name.padEnd(17)}${pts} ${s.c.dim(trimAround(comp.detail, '', WIDTH - 31))}`);
  }
  return out;
}

const and = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** In the compact view, skills with no related sign are one item per kind (required, preferred), and skills pointing at the same related skill are one item. */
function compactSuggestions(list: Suggestion[]): { kind: Suggestion['kind']; message: string }[] {
  const out: { kind: Suggestion['kind']; message: string }[] = [];
  const key = (sg: Suggestion) => (sg.kind === 'skill' ? `${sg.required}|${sg.related ?? ''}` : null);
  for (const sg of list) {
    const k = key(sg);
    const same = k === null ? [sg] : list.filter((o) => key(o) === k);
    if (same.length === 1) out.push(sg);
    else if (same[0] === sg) out.push({ kind: 'skill', message: groupedMessage(same) });
  }
  return out;
}

function groupedMessage(same: Suggestion[]): string {
  const first = same[0];
  const names = same.map((o) => o.skill ?? '');
  if (!first.related) {
    return `${first.required ? 'Required' : 'Preferred'} skills your resume gives no sign of: ${names.join(', ')}. For each one that is true of you, show it in a role's bullet with what you did and the result, not only in the skills list; the others are gaps to close, not to paper over.`;
  }
  const at = first.evidence ? ` (line ${first.evidence.line})` : '';
  return `The posting ${first.required ? 'requires' : 'prefers'} ${and(names)}; your resume shows ${first.related}${at}, which is related. For each one you have used, show it in a role's bullet; otherwise describe what you did with ${first.related} rather than claiming them.`;
}

function suggestionSection(r: FitResult, s: Style, details: boolean): string[] {
  const list = details ? r.suggestions : compactSuggestions(r.suggestions);
  if (!list.length) return [];
  const out = ['', s.heading('What to do') + s.c.dim('  most costly gap first')];
  list.forEach((sg, i) => {
    const lines = hang(`${String(i + 1).padStart(3)}. `, sg.message, 5);
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
    ...skillsSection(r, true, s, details),
    ...skillsSection(r, false, s, details),
    ...backgroundSection(r, s),
    ...scoreSection(r, s),
    ...suggestionSection(r, s, details),
  ];
  if (!details && r.skills.matched.length) out.push('', s.c.dim('Evidence for every skill: --details. Machine-readable: --format json.'));
  return out.join('\n') + '\n';
}
