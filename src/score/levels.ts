/** How far a candidate's years, seniority and education are from what the posting asks, as a 0–1 fraction. */
import type { EducationLevel, Seniority } from '../types.js';
import { EDUCATION_LEVELS } from '../types.js';
import { LADDER_STEPS as LEVEL, OVER_LEVEL, UNDER_LEVEL } from './weights.js';

/** Steps between the candidate's level and the posting's (negative: below). */
export function levelGap(required: Seniority, candidate: Seniority): number {
  return LEVEL[candidate] - LEVEL[required];
}

/** Whether the two levels are on different tracks (individual contributor vs people manager). */
export function crossTrack(required: Seniority, candidate: Seniority): boolean {
  const mgmt = (s: Seniority) => s === 'manager' || s === 'director' || s === 'executive';
  return mgmt(required) !== mgmt(candidate);
}

/** Seniority fraction: 1 at the level or one above, less below and well above; 0 when unknown (never better than a known shortfall). */
export function seniorityFraction(required: Seniority | null, candidate: Seniority | null): number {
  if (required === null) return 1;
  if (candidate === null) return 0;
  const gap = levelGap(required, candidate);
  const table = gap < 0 ? UNDER_LEVEL : OVER_LEVEL;
  return table[Math.min(Math.abs(gap), table.length - 1)];
}

/** Years fraction: candidate ÷ required, capped at 1; 0 when the resume's years cannot be read (unknown is not half right). */
export function yearsFraction(required: number | null, candidate: number | null): number {
  if (required === null || required <= 0) return 1;
  if (candidate === null) return 0;
  return Math.min(1, candidate / required);
}

/** Steps between two education levels (negative: the candidate is below). */
export function educationGap(required: EducationLevel, candidate: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(candidate) - EDUCATION_LEVELS.indexOf(required);
}

/** Education fraction: 1 when met or not asked, 0.5 one level below, 0.25 further below, 0 when the resume names no level. */
export function educationFraction(required: EducationLevel | null, candidate: EducationLevel | null): number {
  if (required === null) return 1;
  if (candidate === null) return 0;
  const gap = educationGap(required, candidate);
  return gap >= 0 ? 1 : gap === -1 ? 0.5 : 0.25;
}
