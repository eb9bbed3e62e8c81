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
