/** The text view of `fitcheck inspect`: a document's profile for people, skills grouped by category, matches highlighted. */
import { Chalk } from 'chalk';
import { GROUP_WORDS, skillGroupOf } from '../../score/section.js';
import type { Evidence, JobSkill, SkillHit } from '../../types.js';
import type { Inspection } from './inspect.js';

type Paint = InstanceType<typeof Chalk>;
const SHOWN = new Set(['kind', 'path', 'format', 'title', 'name', 'skills', 'warnings']);
const MAX_TEXT = 76;

/** One evidence line, trimmed around the match, the matched words in bold. */
function evidenceText(e: Evidence, c: Paint): string {
  const text = e.text.trim().replace(/\s+/g, ' ');
  const at = Math.max(0, text.indexOf(e.match));
  const start = text.length <= MAX_TEXT ? 0 : Math.max(0, Math.min(at - 20, text.length - MAX_TEXT));
  const slice = text.slice(start, start + MAX_TEXT);
  const i = slice.indexOf(e.match);
  const lit = i >= 0 ? slice.slice(0, i) + c.bold.yellow(e.match) + slice.slice(i + e.match.length) : slice;
  return `${c.dim(`line ${e.line}:`)} ${start > 0 ? '…' : ''}${lit}${start + MAX_TEXT < text.length ? '…' : ''}`;
}

function skillLines(skills: (SkillHit | JobSkill)[], c: Paint): string[] {
  const byCategory = new Map<string, (SkillHit | JobSkill)[]>();
  for (const s of skills) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  const out: string[] = [];
  for (const [category, list] of [...byCategory].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`  ${c.underline(category)} (${list.length})`);
    for (const s of list) {
      // A duty ("What you'll do") is what the role involves, never shown as preferred.
      const mark =
        'required' in s ? (s.required ? c.red(' required') : c.dim(` ${GROUP_WORDS[skillGroupOf(s)].kind}`)) : '';
      const anyOf = 'anyOf' in s && s.anyOf ? c.dim(` (any of ${s.anyOf.join(', ')})`) : '';
      out.push(`    ${c.bold(s.skill)}${mark}${anyOf}`);
      for (const e of s.evidence.slice(0, 2)) out.push(`      ${evidenceText(e, c)}`);
      if (s.evidence.length > 2) out.push(c.dim(`      … ${s.evidence.length - 2} more`));
    }
  }
  return out;
}

/** A field issue 5 or later adds shows up here without a change to this view. */
function fieldLine(key: string, value: unknown, c: Paint): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`  ${key}: none`];
    return [`  ${key}:`, ...value.map((v) => `    - ${summary(v, c)}`)];
  }
  return [`  ${key}: ${summary(value, c)}`];
}

function summary(value: unknown, c: Paint): string {
  if (value === null || typeof value !== 'object') return String(value);
  const o = value as Record<string, unknown>;
  const evidence = o.evidence as Evidence | undefined;
  const rest = Object.entries(o)
    .filter(([k]) => k !== 'evidence')
    .map(([k, v]) => `${k} ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`);
  return (
    rest.join(', ') +
    (evidence && typeof evidence === 'object' && 'line' in evidence ? `  ${evidenceText(evidence, c)}` : '')
  );
}

/** Render one inspected document. */
export function renderInspection(r: Inspection, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const heading = String(r.kind === 'job' ? r.title : (r.name ?? '(no name found)'));
  const out = [
    `${c.bold(r.path)}  ${c.dim(`${r.kind}, ${String(r.format)}`)}`,
    `  ${r.kind === 'job' ? 'title' : 'name'}: ${heading}`,
  ];
  for (const [key, value] of Object.entries(r)) if (!SHOWN.has(key)) out.push(...fieldLine(key, value, c));
  const skills = (r.skills ?? []) as SkillHit[];
  out.push(`  skills: ${skills.length}`);
  out.push(...skillLines(skills, c));
  for (const w of (r.warnings ?? []) as string[]) out.push(c.yellow(`  warning: ${w}`));
  return out.join('\n') + '\n';
}
