/** The skills sections of the text report: a compact two-column grid, or one evidence line per skill. */
import type { Evidence, FitResult } from '../types.js';
import { padVisible, trimAround, visibleWidth, WIDTH } from './layout.js';
import type { Style } from './style.js';

interface Item {
  mark: string;
  name: string;
  note: string;
  evidence?: Evidence;
}

const COL = 39;
const NAME = 24;

/** One evidence line, trimmed around its match, the match in bold. */
export function evidenceLine(e: Evidence, s: Style, indent: number): string {
  const prefix = `line ${e.line}: `;
  const shown = trimAround(e.text, e.match, WIDTH - indent - prefix.length);
  const at = shown.indexOf(e.match);
  const body = at >= 0 && e.match ? shown.slice(0, at) + s.c.bold(e.match) + shown.slice(at + e.match.length) : shown;
  return ' '.repeat(indent) + s.c.dim(prefix) + body;
}

function items(r: FitResult, required: boolean, s: Style): Item[] {
  const missing = r.skills.missing
    .filter((m) => m.required === required)
    .map((m) => ({ mark: s.bad(''), name: m.skill, note: 'missing' }));
  const alts = (r.skills.alternatives ?? [])
    .filter((m) => m.required === required)
    .map((m) => ({ mark: s.neutral(''), name: m.skill, note: `via ${m.via}` }));
  const shown = r.skills.matched
    .filter((m) => m.required === required)
    .map((m) => ({
      mark: s.ok(''),
      name: m.skill,
      note: `line ${m.evidence[0]?.line ?? '?'}`,
      evidence: m.evidence[0],
    }));
  return [...missing, ...alts, ...shown];
}

function cell(it: Item, s: Style): string {
  const name = visibleWidth(it.name) > NAME - 1 ? trimAround(it.name, '', NAME - 1) : it.name;
  const note = it.note.startsWith('line')
    ? s.c.dim(it.note)
    : it.note.startsWith('via')
      ? s.c.cyan(trimAround(it.note, '', COL - NAME - 3))
      : s.c.red(it.note);
  return `${it.mark} ${padVisible(name, NAME)}${note}`;
}

/** A required or preferred skills section; empty when the posting names none of that kind. */
export function skillsSection(r: FitResult, required: boolean, s: Style, details: boolean): string[] {
  const list = items(r, required, s);
  if (!list.length) return [];
  const shown = list.filter((i) => i.evidence).length;
  const alt = list.filter((i) => i.note.startsWith('via')).length;
  const kind = required ? 'Required' : 'Preferred';
  const counts = `${shown} of ${list.length} shown${alt ? `, ${alt} covered by an alternative` : ''}`;
  const out = ['', `${s.heading(`${kind} skills`)}  ${counts}`];
  if (details) {
    for (const it of list) {
      out.push(`  ${it.mark} ${it.name}${it.evidence ? '' : ` ${s.c.dim(`(${it.note})`)}`}`);
      if (it.evidence) out.push(evidenceLine(it.evidence, s, 4));
    }
    return out;
  }
  // Column-major, so each column reads top to bottom.
  const rows = Math.ceil(list.length / 2);
  for (let i = 0; i < rows; i++) {
    const left = cell(list[i], s);
    const right = list[i + rows] ? cell(list[i + rows], s) : '';
    out.push(`  ${right ? padVisible(left, COL) : left}${right}`.trimEnd());
  }
  return out;
}
