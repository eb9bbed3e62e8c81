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

/**
 * Credit for a required or preferred skill by how the resume shows it (0–1). A skill the resume names in
 * the bullets of two or more roles earns full credit; in one role a little less; named only outside any
 * role (a skills list, the summary) it is a claim, not evidence. More roles or more mentions add nothing:
 * depth saturates at `ROLE_CREDIT.length` roles, so repeating a keyword earns nothing.
 */
export const ROLE_CREDIT = [0.85, 1];
/** Credit for a skill named only outside any role (a skills list, a summary, an undated line). */
export const LISTED_ONLY_CREDIT = 0.6;
/** A skill whose latest role ended more than this many years before the reference date counts as stale. */
export const STALE_AFTER_YEARS = 5;
/** Factor on the credit of a stale skill: a recruiter asks what the candidate has done with it lately. */
export const STALE_FACTOR = 0.85;
/** Factor on the credit of a skill the resume never names but implies through a narrower one (TensorFlow for Deep Learning). */
export const IMPLIED_CREDIT = 0.5;
/**
 * Highest fraction of the required-skills points while any required group is not shown at all: the
 * FULL_COVERAGE allowance forgives thin evidence, never a missing requirement, so 100 needs every one.
 */
export const REQUIRED_GAP_CAP = 0.9;
/** Highest score while a knock-out is hit (the score is scaled into 0–KNOCKOUT_CAP): the posting screens the resume out, so it reads as weak whatever it shows. */
export const KNOCKOUT_CAP = 39;

/** Title similarity (Dice share of normalised words) at which the resume's closest role title matches the posting's. */
export const TITLE_MATCH = 0.5;
/** Weight of a general occupation noun ("engineer", "analyst") in a title match; a specialty word weighs 1. */
export const GENERIC_TITLE_WORD = 0.5;
