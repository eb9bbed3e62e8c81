/** Years a posting asks for in an area ("3+ years of Terraform"), compared with the resume's dated roles that show it. */
import type { AreaStanding, JobProfile, ResumeProfile } from '../types.js';

/**
 * One standing per required area that names skills: the years of the resume's roles that mention any of them (merged,
 * the most of the group), so "4+ years of financial analysis" is not met by one year of it after eight in retail.
 * `candidateYears` is null, and `met` unknown, when no dated role mentions them.
 */
export function areaStandings(job: JobProfile, resume: ResumeProfile): AreaStanding[] {
  return (job.experience.perSkill ?? [])
    .filter((a) => a.required && a.skills.length > 0 && !a.skills.includes('Leadership'))
    .map((a) => {
      const best = (resume.skillYears ?? [])
        .filter((s) => a.skills.includes(s.skill) && s.roleLines.length > 0)
        .sort((x, y) => y.years - x.years)[0];
      const candidateYears = best ? best.years : null;
      return {
        area: a.area,
        skills: a.skills,
        requiredYears: a.years,
        candidateYears,
        met: candidateYears === null ? null : candidateYears >= a.years,
        posting: a.evidence,
        ...(best ? { skill: best.skill } : {}),
      };
    });
}

/** Share 0–1 of the years the known areas ask for that the resume shows (their mean); null when none is known. */
function areaFraction(areas: readonly AreaStanding[]): number | null {
  const known = areas.filter((a) => a.candidateYears !== null && a.requiredYears > 0);
  if (!known.length) return null;
  return known.reduce((s, a) => s + Math.min(1, a.candidateYears! / a.requiredYears), 0) / known.length;
}

/**
 * The experience fraction with the areas counted: the overall years and the areas' years weigh alike; when the
 * posting's overall figure is only its largest area ("5 years of project management experience"), the areas decide,
 * since a resume's total years in other work do not meet it.
 */
export function experienceFraction(
  overall: number,
  source: JobProfile['experience']['source'],
  areas: readonly AreaStanding[],
): number {
  const area = areaFraction(areas);
  if (area === null) return overall;
  return source === 'area' ? area : (overall + area) / 2;
}

/** "Terraform 1 of 3+ years; Python 6 of 5+ years": the known areas, for the experience detail. */
export function areasText(areas: readonly AreaStanding[]): string {
  return areas
    .filter((a) => a.candidateYears !== null)
    .map((a) => `${a.skill ?? a.skills[0]} ${Math.round(a.candidateYears! * 10) / 10} of ${a.requiredYears}+ years`)
    .join('; ');
}
