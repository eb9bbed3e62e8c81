/** The score model's weights: points each component can earn, summing to 100. */
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
