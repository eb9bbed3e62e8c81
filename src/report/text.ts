/** The terminal reporter: header, knock-outs, skills, background, suggestions; readable without colour. */
import { Chalk } from 'chalk';
import type { Evidence, FitResult } from '../types.js';
import type { ReportOptions } from './index.js';

const WIDTH = 80;

/** Trim a line to `max` characters around its match. */
export function trimAround(text: string, match: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const at = Math.max(0, t.indexOf(match));
  const start = Math.max(0, Math.min(at - Math.floor((max - match.length) / 2), t.length - max + 1));
  const slice = t.slice(start, start + max - 2);
  return (start > 0 ? '…' : '') + slice + (start + max - 2 < t.length ? '…' : '');
}

function bar(score: number, width = 20): string {
  const filled = Math.round((score / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

function evidenceLine(e: Evidence, c: InstanceType<typeof Chalk>, indent: number): string {
  const prefix = `line ${e.line}: `;
  const room = WIDTH - indent - prefix.length;
  const shown = trimAround(e.text, e.match, room);
  const at = shown.indexOf(e.match);
  const highlighted = at >= 0 ? shown.slice(0, at) + c.bold(e.match) + shown.slice(at + e.match.length) : shown;
  return ' '.repeat(indent) + c.dim(prefix) + highlighted;
}

/** Render a result for people. */
export function textReport(r: FitResult, options: ReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const bandColor = r.knockedOut ? c.red : r.score >= 80 ? c.green : r.score >= 60 ? c.cyan : r.score >= 40 ? c.yellow : c.red;
  out.push(c.bold(`${r.resume.name ?? r.resume.path}  →  ${r.job.title}`));
  out.push(`Score ${bandColor.bold(String(r.score).padStart(3))}/100  ${bandColor(bar(r.score))}  ${bandColor(r.verdict.toUpperCase())}`);
  if (r.knockedOut) out.push(c.red(`✖ Knocked out: ${r.knockouts.filter((k) => k.status === 'hit').length} disqualifier(s) hit, whatever the score.`));
  if (r.knockouts.length) {
    out.push('', c.bold('Knock-outs'));
    for (const k of r.knockouts) {
      const mark = k.status === 'hit' ? c.red('✖ hit  ') : k.status === 'clear' ? c.green('✔ clear') : c.yellow('? unknown');
      out.push(`  ${mark} ${trimAround(k.criterion, k.criterion, WIDTH - 14)}`);
      out.push(`          ${c.dim(trimAround(k.reason, '', WIDTH - 10))}`);
      if (k.evidence) out.push(evidenceLine(k.evidence, c, 10));
    }
  }
  for (const required of [true, false]) {
    const matched = r.skills.matched.filter((s) => s.required === required);
    const missing = r.skills.missing.filter((s) => s.required === required);
    if (!matched.length && !missing.length) continue;
    out.push('', c.bold(`${required ? 'Required' : 'Preferred'} skills: ${matched.length} of ${matched.length + missing.length} shown`));
    for (const s of matched) {
      out.push(`  ${c.green('✔')} ${s.skill}`);
      out.push(evidenceLine(s.evidence[0], c, 4));
    }
    for (const s of missing) out.push(`  ${c.red('✖')} ${s.skill} ${c.dim('(missing)')}`);
  }
  out.push('', c.bold('Background'));
  out.push(`  Experience  ${r.experience.candidateYears ?? 'unknown'} years${r.experience.requiredYears !== null ? ` (posting: ${r.experience.requiredYears}+)` : ''}`);
  out.push(`  Seniority   ${r.seniority.candidate ?? 'unknown'}${r.seniority.required ? ` (posting: ${r.seniority.required})` : ''}`);
  const met = r.education.met === null ? '' : r.education.met ? c.green(' ✔ met') : c.red(' ✖ not met');
  out.push(`  Education   ${r.education.candidate ?? 'unknown'}${r.education.required ? ` (posting: ${r.education.required})` : ''}${met}`);
  out.push('', c.bold('Score breakdown'));
  for (const comp of r.components) out.push(`  ${comp.name.padEnd(17)} ${String(comp.points).padStart(5)} / ${comp.weight}  ${c.dim(comp.detail)}`);
  if (r.suggestions.length) {
    out.push('', c.bold('What to do'));
    r.suggestions.forEach((s, i) => out.push(...wrap(`${i + 1}. ${s.message}`, WIDTH - 5).map((l, j) => (j ? '     ' : '  ') + l)));
  }
  return out.join('\n') + '\n';
}

/** Wrap text at word boundaries. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    if (cur && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}
