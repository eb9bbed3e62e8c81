/**
 * The GitHub Actions reporter: workflow commands that become annotations on the resume.
 * GitHub shows at most 10 errors and 10 warnings per step, so each list is ordered most important first.
 */
import { isAbsolute, relative } from 'node:path';
import type { FitResult } from '../types.js';
import type { ReportOptions } from './index.js';

/** Escape a workflow command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value (file, title). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation before it is rendered. */
interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  line?: number;
}

const GAP_TITLE: Partial<Record<FitResult['suggestions'][number]['kind'], string>> = {
  experience: 'Experience gap',
  seniority: 'Seniority gap',
  education: 'Education gap',
  hygiene: 'Resume hygiene',
};

/** The resume's path as GitHub wants it: relative to the workspace, forward slashes; none for stdin. */
function filePath(path: string, root: string | undefined): string | undefined {
  if (path === '-') return undefined;
  // Outside the workspace GitHub cannot place it either way; keep the path as given.
  const rel = isAbsolute(path) && root && !relative(root, path).startsWith('..') ? relative(root, path) : path;
  return rel.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function command(a: Annotation, file: string | undefined): string {
  const props = [file !== undefined ? `file=${escapeProperty(file)}` : '', a.line !== undefined && file !== undefined ? `line=${a.line}` : '', `title=${escapeProperty(a.title)}`];
  return `::${a.level} ${props.filter(Boolean).join(',')}::${escapeData(a.message)}`;
}

/** GitHub shows at most this many errors, and as many warnings, per step. */
export const ANNOTATION_LIMIT = 10;

/** Keep the first annotations; past the limit the last one shown names the rest, so nothing is silently dropped. */
function capped(list: Annotation[]): Annotation[] {
  if (list.length <= ANNOTATION_LIMIT) return list;
  const kept = list.slice(0, ANNOTATION_LIMIT - 1);
  const rest = list.slice(ANNOTATION_LIMIT - 1);
  const level = list[0].level;
  return [...kept, { level, title: `${rest.length} more ${level}s`, message: rest.map((a) => a.title).join('; ') }];
}

/** The annotations for one result, errors then warnings then the score notice, each most important first. */
export function annotations(r: FitResult): Annotation[] {
  const job = r.job.title;
  const errors: Annotation[] = [
    ...r.knockouts
      .filter((k) => k.status === 'hit')
      .map((k) => ({ level: 'error' as const, title: 'Knock-out hit', message: `${job}: "${k.criterion}": ${k.reason}`, line: k.evidence?.line })),
    ...r.skills.missing
      .filter((s) => s.required)
      .map((s) => ({ level: 'error' as const, title: `Missing required skill: ${s.skill}`, message: `${job}: ${s.suggestion}` })),
  ];
  const warnings: Annotation[] = [
    ...r.knockouts
      .filter((k) => k.status === 'unknown')
      .map((k) => ({ level: 'warning' as const, title: 'Knock-out unclear', message: `${job}: "${k.criterion}": ${k.reason}`, line: k.evidence?.line })),
    ...r.suggestions
      .filter((s) => s.kind !== 'knockout' && s.kind !== 'skill')
      .map((s) => ({ level: 'warning' as const, title: GAP_TITLE[s.kind] ?? s.kind, message: `${job}: ${s.message}` })),
    ...r.skills.missing
      .filter((s) => !s.required)
      .map((s) => ({ level: 'warning' as const, title: `Missing preferred skill: ${s.skill}`, message: `${job}: ${s.suggestion}` })),
    // Hygiene suggestions often repeat a loader warning word for word; say it once.
    ...r.resume.warnings.filter((w) => !r.suggestions.some((s) => s.message === w)).map((w) => ({ level: 'warning' as const, title: 'Resume warning', message: w })),
  ];
  const notice: Annotation = { level: 'notice', title: `fitcheck: ${r.score}/100 ${r.verdict}`, message: `${r.resume.name ?? r.resume.path} against ${job}: score ${r.score}/100, ${r.verdict}` };
  return [...capped(errors), ...capped(warnings), notice];
}

/** Render a result as GitHub workflow commands, one per line. */
export function githubReport(r: FitResult, options: ReportOptions): string {
  const file = filePath(r.resume.path, options.root);
  return annotations(r).map((a) => command(a, file) + '\n').join('');
}
