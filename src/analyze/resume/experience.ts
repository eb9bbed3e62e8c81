/** A resume's years: the professional years of its dated roles, internships apart, and years it only claims in prose. */
import type { ResumeProfile } from '../../types.js';
import { yearsMentions } from '../text/years.js';
import { internshipYears, totalYears, type DatedRole } from './roles.js';

/** "10+ years of experience" as the resume states it outside its roles' date lines. */
function claimedYears(lines: string[], roles: DatedRole[]): number | null {
  const roleLines = new Set(roles.map((r) => r.line));
  for (let i = 0; i < lines.length; i++) {
    if (roleLines.has(i + 1)) continue;
    const m = yearsMentions(lines[i], i + 1).find((y) => y.general && y.years > 0);
    if (m) return m.years;
  }
  return null;
}

function yearsNote(roles: DatedRole[], years: number | null): string {
  if (roles.length === 0) return 'No dated roles: years unknown.';
  const interns = roles.filter((r) => r.internship).length;
  const parts = [`${years} years from ${roles.length - interns} dated role(s), overlapping periods counted once`];
  if (interns) parts.push(`${interns} internship(s) shown but not counted`);
  return `${parts.join('; ')}.`;
}

/** The experience part of a resume's profile, from its dated roles. */
export function resumeExperience(lines: string[], roles: DatedRole[]): ResumeProfile['experience'] {
  const candidateYears = totalYears(roles);
  return {
    candidateYears,
    internshipYears: internshipYears(roles),
    claimedYears: claimedYears(lines, roles),
    note: yearsNote(roles, candidateYears),
  };
}
