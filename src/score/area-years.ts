/** Years a posting asks for in an area ("3+ years of Terraform"), compared with the resume's dated roles that show it. */
import type { AreaStanding, JobProfile, ResumeProfile } from '../types.js';

/**
 * One standing per required area that names skills: the years of the resume's roles that mention any of them (merged,
 * the most of the group), so "4+ years of financial analysis" is not met by one year of it after eight in retail.
 * A resume with dated roles that names none of the area's skills anywhere has 0 years in it (not met). When the
 * skills are named but no dated role mentions them (a skills list, undated lines), or no role is dated at all,
 * `candidateYears` is null and `met` unknown. Two lines that ask for the same skills ("5+ years developing web
 * applications", "5+ years of web development") are one area, at the larger figure.
 */
export function areaStandings(job: JobProfile, resume: ResumeProfile): AreaStanding[] {
  const dated = resume.roles.some((r) => r.start);
  const named = new Set(resume.skills.map((h) => h.skill));
  const seen = new Map<string, AreaStanding>();
  for (const a of job.experience.perSkill ?? []) {
    if (!a.required || a.skills.length === 0 || a.skills.includes('Leadership')) continue;
    const best = (resume.skillYears ?? [])
      .filter((s) => a.skills.includes(s.skill) && s.roleLines.length > 0)
      .sort((x, y) => y.years - x.years)[0];
    const absent = dated && !a.skills.some((k) => named.has(k));
    const candidateYears = best ? best.years : absent ? 0 : null;
    const standing: AreaStanding = {
      area: a.area,
      skills: a.skills,
      requiredYears: a.years,
      candidateYears,
      met: candidateYears === null ? null : candidateYears >= a.years,
      posting: a.evidence,
      ...(best ? { skill: best.skill } : {}),
    };
    const key = [...a.skills].sort().join('\u0000');
    const earlier = seen.get(key);
    if (!earlier || earlier.requiredYears < a.years) seen.set(key, standing);
  }
  return [...seen.values()];
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
