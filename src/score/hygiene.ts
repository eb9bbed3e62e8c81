/** Resume hygiene that hurts matching: skills only listed, missing headings, and the loader's warnings. */
import type { ResumeProfile, Suggestion } from '../types.js';
import type { SkillComparison } from './match.js';
import { headingsFound, resumeSections } from '../analyze/resume/sections.js';
import { orList } from './skill-advice.js';

/** Headings tracking systems look for, in the order they are advised. */
export const STANDARD_HEADINGS = [['experience', 'Experience'], ['education', 'Education'], ['skills', 'Skills']] as const;

/** Posting skills the resume shows only in its skills list or summary, never in a role or project. */
export function listedOnly(resume: ResumeProfile, compared: SkillComparison[]): string[] {
  const sections = resumeSections(resume.lines);
  if (!sections.includes('experience')) return [];
  return compared
    // Soft skills are shown by what was done ("led a team of 7"), not named; only hard skills are checked.
    .filter((c) => c.job.category !== 'soft')
    .filter((c) => c.evidence.length > 0 && c.evidence.every((e) => ['skills', 'summary', 'contact'].includes(sections[e.line - 1] ?? 'other')))
    .map((c) => c.job.skill);
}

/** Hygiene suggestions for one resume. */
export function hygieneSuggestions(resume: ResumeProfile, compared: SkillComparison[]): Suggestion[] {
  const out: Suggestion[] = [];
  const only = listedOnly(resume, compared);
  if (only.length) {
    const names = only.length > 6 ? `${only.slice(0, 6).join(', ')} and ${only.length - 6} more` : orList(only).replace(/ or /, ' and ');
    out.push({ kind: 'hygiene', message: `fitcheck finds ${names} only in your skills list or summary, not in any role. Show each in a bullet of the role where you used it (what you did, the result): screeners weigh skills shown in context.` });
  }
  const found = headingsFound(resume.lines);
  const missing = STANDARD_HEADINGS.filter(([k]) => !found.has(k)).map(([, label]) => `"${label}"`);
  if (missing.length) {
    out.push({ kind: 'hygiene', message: `No ${orList(missing)} heading found. Tracking systems look for standard headings; use them so each part of your resume is read as what it is.` });
  }
  for (const w of resume.warnings) out.push({ kind: 'hygiene', message: w });
  return out;
}
