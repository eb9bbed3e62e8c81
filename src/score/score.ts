/** Turns compared facts into points per component and a 0–100 score. */
import { rank } from '../analyze/seniority.js';
import type { FitResult, JobProfile, ResumeProfile, ScoreComponent } from '../types.js';
import type { SkillComparison } from './match.js';
import { DEFAULT_WEIGHTS, type Weights } from './weights.js';

/** Fraction of skill groups satisfied; an any-of group counts once. Null when there are none. */
export function groupCoverage(items: SkillComparison[]): { covered: number; total: number } {
  const groups = new Map<string, boolean>();
  for (const c of items) {
    const key = c.job.anyOf ? [...c.job.anyOf].sort().join('|') : c.job.skill;
    groups.set(key, (groups.get(key) ?? false) || c.evidence.length > 0 || c.viaAlternative !== undefined);
  }
  return { covered: [...groups.values()].filter(Boolean).length, total: groups.size };
}

function experienceFraction(job: JobProfile, resume: ResumeProfile): number {
  const req = job.experience.requiredYears;
  const cand = resume.experience.candidateYears;
  if (req === null) return 1;
  if (cand === null) return 0.5;
  return Math.min(1, cand / req);
}

function seniorityFraction(job: JobProfile, resume: ResumeProfile): number {
  const req = job.seniority.required;
  const cand = resume.seniority.candidate;
  if (req === null) return 1;
  if (cand === null) return 0.5;
  const gap = rank(cand) - rank(req);
  if (gap >= 0) return gap > 3 ? 0.8 : 1;
  return [1, 0.6, 0.3][-gap] ?? 0;
}

function educationFraction(met: boolean | null): number {
  return met === null ? 0.5 : met ? 1 : 0.25;
}

/** Score components; the background components count fully only as far as the required skills are shown. */
export function scoreComponents(
  job: JobProfile,
  resume: ResumeProfile,
  compared: SkillComparison[],
  educationMet: boolean | null,
  weights: Weights = DEFAULT_WEIGHTS,
): ScoreComponent[] {
  const req = groupCoverage(compared.filter((c) => c.job.required));
  const pref = groupCoverage(compared.filter((c) => !c.job.required));
  const reqFrac = req.total ? req.covered / req.total : 1;
  const prefFrac = pref.total ? pref.covered / pref.total : reqFrac;
  // An unrelated document must not score on years and titles alone.
  const relevance = 0.25 + 0.75 * reqFrac;
  const points = (w: number, f: number) => Math.round(w * f * 10) / 10;
  return [
    { name: 'required skills', weight: weights.requiredSkills, points: points(weights.requiredSkills, reqFrac), detail: `${req.covered} of ${req.total} required skill groups shown` },
    { name: 'preferred skills', weight: weights.preferredSkills, points: points(weights.preferredSkills, prefFrac), detail: `${pref.covered} of ${pref.total} preferred skill groups shown` },
    { name: 'experience', weight: weights.experience, points: points(weights.experience, experienceFraction(job, resume) * relevance), detail: `${resume.experience.candidateYears ?? 'unknown'} years against ${job.experience.requiredYears ?? 'no'} required` },
    { name: 'seniority', weight: weights.seniority, points: points(weights.seniority, seniorityFraction(job, resume) * relevance), detail: `${resume.seniority.candidate ?? 'unknown'} against ${job.seniority.required ?? 'any'}` },
    { name: 'education', weight: weights.education, points: points(weights.education, educationFraction(educationMet) * relevance), detail: `${resume.education.candidate ?? 'unknown'} against ${job.education.required ?? 'none stated'}` },
  ];
}

/** The 0–100 integer score from components. */
export function totalScore(components: ScoreComponent[]): FitResult['score'] {
  const sum = components.reduce((s, c) => s + c.points, 0);
  return Math.max(0, Math.min(100, Math.round(sum)));
}
