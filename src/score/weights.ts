/** The score model in one place: weights, factors, ladders and bands (documented in the README, "How the score works"). */
import type { EducationLevel, JobSkill, Seniority } from '../types.js';

/** Points each component can earn, summing to 100. */
export interface Weights {
  requiredSkills: number;
  preferredSkills: number;
  experience: number;
  seniority: number;
  education: number;
}

/** Default weights, documented in the README. */
export const DEFAULT_WEIGHTS: Weights = {
  requiredSkills: 50,
  preferredSkills: 15,
  experience: 20,
  seniority: 10,
  education: 5,
};

/** Weighted skill coverage that earns a skills component's full points: few resumes name every skill a posting lists. */
export const FULL_COVERAGE = 0.8;

/** A skill group's weight grows with how often the posting names it: 1 + log2(mentions), capped here. */
export const MAX_EMPHASIS = 3;

/** Weight factor per taxonomy category; soft skills are hard to evidence on a resume and screeners weigh them less. */
export const CATEGORY_FACTOR: Record<string, number> = { soft: 0.5 };

/** Skill fraction when the posting names no skill fitcheck knows: it cannot judge, so neither full nor zero. */
export const NO_SKILLS_FRACTION = 0.5;

/** Share of the experience, seniority and education points a resume keeps with no required skill shown. */
export const RELEVANCE_FLOOR = 0.1;

/** Score bands, highest first: a score at or above `min` gets the band. */
export const BANDS: { name: string; min: number }[] = [
  { name: 'strong', min: 80 },
  { name: 'good', min: 60 },
  { name: 'partial', min: 40 },
  { name: 'weak', min: 0 },
];

/** The band a score falls in. */
export function bandOf(score: number): string {
  return BANDS.find((b) => score >= b.min)!.name;
}

/** How much a posting leans on a skill by where it names it, when it does not require it (a required skill weighs 1). */
export const SECTION_WEIGHT: Record<NonNullable<JobSkill['section']>, number> = {
  required: 1,
  responsibilities: 0.6,
  preferred: 0.5,
  other: 0.3,
};

/** Steps of the seniority ladder the score counts; managers sit beside the individual ladder, not above principal. */
export const LADDER_STEPS: Record<Seniority, number> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  lead: 4,
  staff: 5,
  principal: 6,
  manager: 5,
  director: 6,
  executive: 7,
};

/** Fraction kept when the candidate is this many steps below the posting's level (index = steps). */
export const UNDER_LEVEL = [1, 0.7, 0.35, 0];
/** Fraction kept when the candidate is this many steps above it: over-levelled candidates are a risk too. */
export const OVER_LEVEL = [1, 1, 0.85, 0.6];

/** Professional years that stand for a degree when a posting accepts equivalent experience. */
export const EQUIVALENT_YEARS: Record<EducationLevel, number> = {
  'high school': 0,
  certificate: 1,
  associate: 2,
  bachelor: 4,
  master: 6,
  doctorate: 8,
};
