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
