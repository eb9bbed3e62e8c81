/** Finds the roles on a resume: a title (and employer) next to a date range, and the lines each role spans. */
import type { Role } from '../types.js';
import { findRange, isDateOnly, isoMonth, mergedYears, type MonthIndex } from './dates.js';
import { seniorityOfTitle } from './seniority.js';

/** A role with its dates as month indexes and its block of lines, for arithmetic. */
export interface DatedRole extends Role {
  startIndex: MonthIndex;
  endIndex: MonthIndex;
  internship: boolean;
  /** First and last 1-based line of the role's block (heading to the line before the next role). */
  from: number;
  to: number;
}

const SEPARATORS = /\s*(?:[|,·•@\t]|\bat\b|–|—| - |\s{3,})\s*/;
const TITLE_WORDS = /\b(engineer|developer|scientist|analyst|manager|director|designer|architect|administrator|accountant|consultant|specialist|coordinator|lead|officer|technician|nurse|teacher|representative|assistant|intern|internship|head|president|founder|vp|cto|ceo|programmer|researcher|associate|trainee|apprentice|instructor|editor|writer|advisor|owner|partner|clerk|agent|recruiter)\b/i;
const INTERNSHIP = /\b(intern|internship|co-op|trainee|apprentice(?:ship)?|working student|werkstudent)\b/i;
const BULLET = /^\s*[-*•·▪●◦]\s/;
// Sections whose dates are not jobs; they also end the block of the role above them.
const SKIP_SECTION = /^(education|academic|certifications?|courses?|training|projects?|publications?|awards?|honou?rs|volunteer(?:ing)?|languages|references|interests|(?:technical |core )?skills|competencies|summary|profile|about|tools|technologies)\b/i;
const WORK_SECTION = /^(?:(?:[a-z]+ ){0,2}experience|work|employment|professional|career|positions|history)\b/i;

function clean(text: string): string {
  // Role headings are short; a long line keeps its first 200 characters (and the regexes stay linear).
  text = text.slice(0, 200);
  return text.replace(/\*\*|__/g, '').replace(/[|,·•–—()\-\s:]+$/g, '').replace(/^[|,·•–—()\-\s*#:]+/g, '').trim();
}

/** Split "Senior Engineer, Acme Corp" or "Acme Corp | Senior Engineer" into title and employer. */
export function titleAndEmployer(text: string): { title: string; employer: string | null } {
  const parts = text.split(SEPARATORS).map(clean).filter(Boolean);
  if (parts.length === 0) return { title: '', employer: null };
  const t = parts.findIndex((p) => TITLE_WORDS.test(p));
  const ti = t < 0 ? 0 : t;
  const employer = parts.find((_, i) => i !== ti) ?? null;
  return { title: parts[ti], employer };
}

function sectionHeading(line: string): string | null {
  if (line.length > 80) return null;
  const h = line.trim().replace(/^#+\s*/, '').replace(/[:\s]+$/, '');
  return h.length > 0 && h.length < 40 && !BULLET.test(line) && !/[.,]/.test(h) ? h : null;
}

// Dates of a role stand apart from the words around them: line edge, separator, bracket or wide gap.
function standsApart(line: string, match: string): boolean {
  const at = line.indexOf(match);
  const before = line.slice(Math.max(0, at - 4), at);
  const after = line.slice(at + match.length, at + match.length + 4);
  const okBefore = at === 0 || /(?:^|[|,·•–—(\[:*#]\s*|\s{2,}|\t|^\s*[-*•]\s)$/.test(line.slice(0, at).length <= 4 ? line.slice(0, at) : before);
  const okAfter = /^(?:\s*\.?\s*$|\s*[|,·•–—)\]:*]|\s{2,}|\t)/.test(after);
  return okBefore && okAfter;
}

/** Every dated role on a resume. A date alone on its line takes the title (and employer) from the lines above. */
export function findRoles(lines: string[], asOf: Date): DatedRole[] {
  const roles: DatedRole[] = [];
  let skipping = false;
  let usedUpTo = 0;
  const sectionEnd: number[] = [];
  lines.forEach((line, i) => {
    const heading = sectionHeading(line);
    if (heading && SKIP_SECTION.test(heading)) {
      skipping = true;
      sectionEnd.push(i);
    } else if (heading && WORK_SECTION.test(heading)) {
      skipping = false;
      sectionEnd.push(i);
    }
    if (skipping) return;
    const range = findRange(line, asOf);
    // A bullet's "since 2019" or "summer 2020" is prose, not a role; so is a range inside a sentence.
    if (!range || (BULLET.test(line) && (range.open || range.seasonal)) || !standsApart(line, range.match)) return;
    let header = [line];
    let rest = isDateOnly(line, asOf) ? '' : clean(line.replace(range.match, ' ').replace(/\b(?:spring|summer|fall|autumn|winter)\s+\d{4}\b/i, ' ').replace(/\(\s*\)/g, ' '));
    let from = i + 1;
    const above = (k: number) => (k >= usedUpTo && k >= 0 && lines[k].trim() && !BULLET.test(lines[k]) && !findRange(lines[k], asOf) && lines[k].trim().length < 90 && !(sectionHeading(lines[k]) && /^(experience|work|employment)/i.test(sectionHeading(lines[k])!)) ? clean(lines[k].replace(/^#+\s*/, '')) : null);
    let employerAbove: string | null = null;
    if (rest.length < 3) {
      // The title and employer sit on the one or two lines above: "Senior Engineer / Acme Corp / dates".
      const a1 = above(i - 1);
      const a2 = a1 ? above(i - 2) : null;
      rest = a1 ?? '';
      if (a1) {
        header = [lines[i - 1], line];
        from = i;
      }
      const a1Title = a1 !== null && TITLE_WORDS.test(a1);
      if (a2 && !a1Title && TITLE_WORDS.test(a2)) [rest, employerAbove] = [a2, a1!.split(SEPARATORS)[0]];
      else if (a2 && a1Title && !SEPARATORS.test(a1!)) employerAbove = a2.split(SEPARATORS)[0];
      if (a2 && (employerAbove !== null || rest === a2)) {
        header = [lines[i - 2], ...header];
        from = i - 1;
      }
    }
    // "(part-time, evenings)", "(Intern)": notes, not names.
    const parsed = titleAndEmployer(rest.replace(/\([^)]*\)?/g, ' ').trim());
    const title = parsed.title;
    const internship = INTERNSHIP.test(header.join(' ')) || INTERNSHIP.test(title) || range.seasonal === true;
    roles.push({
      title,
      employer: parsed.employer ?? employerAbove,
      start: isoMonth(range.start),
      end: isoMonth(range.end),
      line: i + 1,
      dates: range.match,
      internship,
      seniority: internship ? 'intern' : seniorityOfTitle(title),
      months: range.end - range.start + 1,
      startIndex: range.start,
      endIndex: range.end,
      from,
      to: lines.length,
    });
    usedUpTo = i + 1;
  });
  // Each role's block ends where the next role's heading or a new section starts.
  // Roles and section ends both run down the page: one pointer keeps this linear on huge inputs.
  let s = 0;
  roles.forEach((r, k) => {
    const next = roles[k + 1]?.from ?? lines.length + 1;
    while (s < sectionEnd.length && sectionEnd[s] + 1 <= r.line) s++;
    const section = sectionEnd[s] ?? lines.length;
    r.to = Math.min(next - 1, section);
  });
  return roles;
}

/** The role whose block (from…to) holds each line, indexed by line number: lookups without a scan of every role. */
export function rolesByLine(roles: DatedRole[]): (DatedRole | undefined)[] {
  const at = new Array<DatedRole | undefined>(roles.reduce((m, r) => Math.max(m, r.to), 0) + 1);
  for (const r of roles) for (let l = r.from; l <= r.to; l++) at[l] ??= r;
  return at;
}

/** Total professional years: overlaps merged, internships left out. Null when no role is dated. */
export function totalYears(roles: DatedRole[]): number | null {
  const counted = roles.filter((r) => !r.internship);
  if (counted.length === 0) return roles.length ? 0 : null;
  return mergedYears(counted.map((r) => ({ start: r.startIndex, end: r.endIndex })));
}

/** Years of internships (merged), shown but not counted. */
export function internshipYears(roles: DatedRole[]): number {
  const interns = roles.filter((r) => r.internship);
  return interns.length ? mergedYears(interns.map((r) => ({ start: r.startIndex, end: r.endIndex }))) : 0;
}
