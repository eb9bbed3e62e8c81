/** One line of a batch's results: a resume scored against a job, or the error that stopped it. */
import type { EducationLevel, FitResult, PostingSection, Seniority } from '../types.js';
import { compareStrings } from './discover.js';

/** Missing required skills kept per row: enough for the table, small enough to keep thousands of rows. */
export const MISSING_KEPT = 5;

/** A scored (or failed) resume-job pair. JSON field names are part of the interface. */
export interface BatchRow {
  /** 1-based place in the ranking; null for error rows. */
  rank: number | null;
  /** The resume's path as discovered. */
  resume: string;
  /** The job as given (file path or bundled job name). */
  job: string;
  /** The job's title as read from the posting (null when the job could not be read). */
  jobTitle: string | null;
  /** 0-100; null when the pair could not be scored. */
  score: number | null;
  /** `strong fit` … `weak fit`, or `knocked out`. */
  verdict: string | null;
  /** strong, good, partial, weak. */
  band: string | null;
  knockedOut: boolean | null;
  /** Required skills the resume does not show, in the posting's order (at most MISSING_KEPT). */
  missing: string[];
  /** The one-line reason the document could not be scored, else null. */
  error: string | null;
  /** The candidate's name as read from the resume (null when none was read or the pair failed). */
  name?: string | null;
  /** The candidate's professional years. */
  years?: number | null;
  /** The candidate's seniority level. */
  level?: Seniority | null;
  /** The candidate's highest education level. */
  education?: EducationLevel | null;
  /** Required skills the resume does not show, all of them counted (`missing` keeps the first few). */
  missingCount?: number;
  /**
   * The part of the posting that names each skill of `missing`, in the same order: `required` for its requirements,
   * `responsibilities` for a duty line that says it is required, `preferred` or `other` (a requirement cue elsewhere).
   */
  missingSections?: PostingSection[];
  /** The whole result, kept only when a report shows every candidate (HTML); never in JSON or CSV. */
  detail?: FitResult;
}

/** The summary row of a fit result; the full result is dropped so memory stays small. */
export function rowOf(resume: string, job: string, r: FitResult, keep = false): BatchRow {
  const required = r.skills.missing.filter((s) => s.required);
  return {
    rank: null,
    resume,
    job,
    jobTitle: r.job.title,
    score: r.score,
    verdict: r.verdict,
    band: r.band,
    knockedOut: r.knockedOut,
    missing: required.slice(0, MISSING_KEPT).map((s) => s.skill),
    error: null,
    name: r.resume.name,
    years: r.experience.candidateYears,
    level: r.seniority.candidate,
    education: r.education.candidate,
    missingCount: required.length,
    // Results built without a posting reader's sections (library callers) have none to give.
    ...(required.every((s) => s.section)
      ? { missingSections: required.slice(0, MISSING_KEPT).map((s) => s.section!) }
      : {}),
    ...(keep ? { detail: r } : {}),
  };
}

/** A row for a pair that could not be scored. */
export function errorRow(resume: string, job: string, jobTitle: string | null, error: string): BatchRow {
  return {
    rank: null,
    resume,
    job,
    jobTitle,
    score: null,
    verdict: null,
    band: null,
    knockedOut: null,
    missing: [],
    error,
    name: null,
    years: null,
    level: null,
    education: null,
    missingCount: 0,
    missingSections: [],
  };
}

/** Highest score first, knocked-out pairs after all the others, errors last; ties by resume path, then job. */
export function compareRows(a: BatchRow, b: BatchRow): number {
  if ((a.error === null) !== (b.error === null)) return a.error === null ? -1 : 1;
  if (Boolean(a.knockedOut) !== Boolean(b.knockedOut)) return a.knockedOut ? 1 : -1;
  return (b.score ?? 0) - (a.score ?? 0) || compareStrings(a.resume, b.resume) || compareStrings(a.job, b.job);
}

/** Sort rows into ranking order, number them, and keep the best `top` scored rows (error rows always stay). */
export function rankRows(rows: BatchRow[], top?: number): BatchRow[] {
  const sorted = [...rows].sort(compareRows);
  const scored = sorted.filter((r) => r.error === null).slice(0, top ?? Infinity);
  return [...scored.map((r, i) => ({ ...r, rank: i + 1 })), ...sorted.filter((r) => r.error !== null)];
}

/** Makes rows that crossed from a worker share their repeated strings and lists (job, verdict, missing skills) again. */
export class RowInterner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();

  /** The same row, its repeated values replaced by shared copies. */
  intern(r: BatchRow): BatchRow {
    const s = <T extends string | null>(v: T): T => {
      if (v === null) return v;
      const had = this.strings.get(v);
      if (had !== undefined) return had as T;
      this.strings.set(v, v);
      return v;
    };
    const list = <T extends string>(values: T[], tag: string): T[] => {
      const key = `${tag}\n${values.join('\n')}`;
      let had = this.lists.get(key) as T[] | undefined;
      if (!had) this.lists.set(key, (had = values.map(s)));
      return had;
    };
    const missing = list(r.missing, 'skills');
    const sections = r.missingSections ? { missingSections: list(r.missingSections, 'sections') } : {};
    return {
      ...r,
      job: s(r.job),
      jobTitle: s(r.jobTitle),
      verdict: s(r.verdict),
      band: s(r.band),
      missing,
      ...sections,
    };
    // name, years, level and education differ per resume: nothing to share.
  }
}
