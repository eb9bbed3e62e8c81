/**
 * The GitHub Actions reporter: workflow commands that become annotations on the resume.
 * GitHub shows at most 10 errors and 10 warnings per step, so each list is ordered most important first.
 */
import { isAbsolute, relative } from 'node:path';
import { GROUP_WORDS, skillGroupOf } from '../score/section.js';
import type { AdviceKind, FitResult } from '../types.js';
import { messagesOf, unsaidWarnings } from './findings.js';
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
  /** Lower comes first within a level: what most needs fixing. */
  rank: number;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

const GAP_TITLE: Partial<Record<AdviceKind, string>> = {
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

function command(a: Annotation): string {
  const props = [
    a.file !== undefined ? `file=${escapeProperty(a.file)}` : '',
    a.line !== undefined && a.file !== undefined ? `line=${a.line}` : '',
    `title=${escapeProperty(a.title)}`,
  ];
  return `::${a.level} ${props.filter(Boolean).join(',')}::${escapeData(a.message)}`;
}

/** GitHub shows at most this many errors, and as many warnings, per step. */
export const ANNOTATION_LIMIT = 10;

/** Keep the first annotations; past the limit the last one shown names the rest, so nothing is silently dropped. */
function capped(list: Annotation[]): Annotation[] {
  if (list.length <= ANNOTATION_LIMIT) return list;
  const kept = list.slice(0, ANNOTATION_LIMIT - 1);
  const rest = list.slice(ANNOTATION_LIMIT - 1);
  const { level, file } = list[0];
  return [
    ...kept,
    {
      level,
      rank: Infinity,
      file,
      title: `${rest.length} more ${level}s`,
      message: rest.map((a) => a.title).join('; '),
    },
  ];
}

/** Every annotation for one result, uncapped. */
export function annotations(r: FitResult, root?: string): Annotation[] {
  const job = r.job.title;
  const file = filePath(r.resume.path, root);
  const at = (level: Annotation['level'], rank: number, title: string, message: string, line?: number): Annotation => ({
    level,
    rank,
    title,
    message,
    file,
    line,
  });
  return [
    ...r.knockouts
      .filter((k) => k.status === 'hit')
      .map((k) => at('error', 1, 'Knock-out hit', `${job}: "${k.criterion}": ${k.reason}`, k.evidence?.line)),
    // One annotation per missing skill, in the posting's order; its text is the message about the skill's group.
    ...r.skills.missing
      .filter((s) => s.required)
      .map((s) => at('error', 2, `Missing required skill: ${s.skill}`, `${job}: ${s.suggestion}`)),
    ...r.knockouts
      .filter((k) => k.status === 'unknown')
      .map((k) => at('warning', 3, 'Knock-out unclear', `${job}: "${k.criterion}": ${k.reason}`, k.evidence?.line)),
    ...messagesOf(r)
      .filter((m) => m.kind !== 'knockout' && m.kind !== 'skill')
      .map((m) => at('warning', 4, GAP_TITLE[m.kind] ?? m.kind, `${job}: ${m.reason}`)),
    ...r.skills.missing
      .filter((s) => !s.required)
      .map((s) =>
        at('warning', 5, `${GROUP_WORDS[skillGroupOf(s)].missingTitle}: ${s.skill}`, `${job}: ${s.suggestion}`),
      ),
    // Every warning of a current result is a message already; an older result's may not be.
    ...unsaidWarnings(r).map((w) => at('warning', 6, 'Resume warning', w)),
    at(
      'notice',
      0,
      `fitcheck: ${r.score}/100 ${r.verdict}`,
      `${r.resume.name ?? r.resume.path} against ${job}: score ${r.score}/100, ${r.verdict}`,
    ),
  ];
}

/**
 * Workflow commands for one or more results (one resume against several jobs) and any failed gates:
 * gates first, then errors and warnings each ordered by importance across all jobs and capped at the per-step limit.
 */
export function githubReportAll(results: FitResult[], options: ReportOptions, gateFailures: string[] = []): string {
  const all = [
    ...gateFailures.map((f): Annotation => ({ level: 'error', rank: 0, title: 'fitcheck gate failed', message: f })),
    ...results.flatMap((r) => annotations(r, options.root)),
  ];
  const seen = new Set<string>();
  // The same resume warning comes with every job's result; say it once.
  const unique = all.filter((a) => {
    const key = `${a.level}|${a.title}|${a.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const level = (l: Annotation['level']) => unique.filter((a) => a.level === l).sort((a, b) => a.rank - b.rank);
  return [...capped(level('error')), ...capped(level('warning')), ...level('notice')]
    .map((a) => command(a) + '\n')
    .join('');
}

/** Render a result as GitHub workflow commands, one per line. */
export function githubReport(r: FitResult, options: ReportOptions): string {
  return githubReportAll([r], options);
}
