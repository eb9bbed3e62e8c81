/** Finds the roles on a resume: a title (and employer) next to a date range. */
import type { Role } from '../types.js';
import { findRange, isoMonth, mergedYears, type MonthIndex } from './dates.js';

/** A role with its dates as month indexes, for arithmetic. */
export interface DatedRole extends Role {
  startIndex: MonthIndex;
  endIndex: MonthIndex;
  internship: boolean;
}

// Lookbehinds keep these linear on long runs of spaces or dashes (a match may only start where a run starts).
const SEPARATORS = /(?<!\s)\s*(?:[|,·•@]|\bat\b|–|—| - )\s*/;

function cleanTitle(text: string): string {
  return text.replace(/(?<![|,·•–—()\-\s])[|,·•–—()\-\s]+$/g, '').replace(/^[|,·•–—()\-\s*#]+/g, '').trim();
}

/** Split "Senior Engineer, Acme Corp" into title and employer. */
function titleAndEmployer(text: string): { title: string; employer: string | null } {
  const parts = text.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { title: '', employer: null };
  return { title: parts[0], employer: parts[1] ?? null };
}

/** Every dated role on a resume. A date alone on its line takes the title from the line above. */
export function findRoles(lines: string[], asOf: Date): DatedRole[] {
  const roles: DatedRole[] = [];
  let inEducation = false;
  lines.forEach((line, i) => {
    const heading = line.trim().replace(/^#+\s*/, '');
    if (/^(education|academic|certifications?|courses?)\b/i.test(heading) && heading.length < 40) inEducation = true;
    else if (/^(experience|work|employment|professional experience|career)\b/i.test(heading) && heading.length < 40) inEducation = false;
    if (inEducation) return;
    const range = findRange(line, asOf);
    if (!range) return;
    let rest = cleanTitle(line.replace(range.match, ''));
    if (rest.length < 3 && i > 0) rest = cleanTitle(lines[i - 1]);
    const { title, employer } = titleAndEmployer(rest);
    roles.push({
      title,
      employer,
      start: isoMonth(range.start),
      end: isoMonth(range.end),
      line: i + 1,
      startIndex: range.start,
      endIndex: range.end,
      internship: /\bintern(ship)?\b/i.test(rest),
    });
  });
  return roles;
}

/** Total professional years: overlaps merged, internships left out. Null when no role is dated. */
export function totalYears(roles: DatedRole[]): number | null {
  const counted = roles.filter((r) => !r.internship);
  if (counted.length === 0) return roles.length ? 0 : null;
  return mergedYears(counted.map((r) => ({ start: r.startIndex, end: r.endIndex })));
}
