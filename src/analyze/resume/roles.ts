/** Finds the roles on a resume: a title (and employer) next to a date range, and the lines each role spans. */
import type { Evidence, Role } from '../../types.js';
import { findRange, isDateOnly, isoMonth, mergedYears, SEASON, type MonthIndex } from '../text/dates.js';
import { resumeHeading, workHeading } from '../text/headings.js';
import { seniorityOfTitle } from '../text/seniority.js';
import { INTERNSHIP, TITLE_WORDS, WORKPLACE } from '../text/titles.js';

/** A role with its dates as month indexes and its block of lines, for arithmetic. */
export interface DatedRole extends Role {
  startIndex: MonthIndex;
  endIndex: MonthIndex;
  internship: boolean;
  /** First and last 1-based line of the role's block (heading to the line before the next role). */
  from: number;
  to: number;
}

const SEPARATORS = /\s*(?:[|,·•@\t]|\bat\b|–|—| - | \/ |\s{2,})\s*/;
const BULLET = /^\s*[-*•·▪●◦]\s/;

function clean(text: string): string {
  // Role headings are short; a long line keeps its first 200 characters (and the regexes stay linear).
  text = text.slice(0, 200);
  return text
    .replace(/\*\*|__/g, '')
    .replace(/[|,·•–—()\-\s:/]+$/g, '')
    .replace(/^[|,·•–—()\-\s*#:/]+/g, '')
    .trim();
}

// Dates of a role stand apart from the words around them: line edge, separator, bracket or wide gap.
function standsApart(line: string, match: string): boolean {
  const at = line.indexOf(match);
  const before = line.slice(Math.max(0, at - 4), at);
  const after = line.slice(at + match.length, at + match.length + 4);
  const okBefore =
    at === 0 ||
    /(?:^|[|,·•–—(\[:*#/]\s*|\s{2,}|\t|^\s*[-*•]\s)$/.test(line.slice(0, at).length <= 4 ? line.slice(0, at) : before);
  const okAfter = /^(?:\s*\.?\s*$|\s*[|,·•–—)\]:*/]|\s{2,}|\t)/.test(after);
  // A template's date column set off by a wide gap may run into the title: "Acme  May 2022 – Aug 2022 Research Intern".
  const wideBefore = /(?:\s\s|\t)$/.test(line.slice(0, at)) && /^\s[A-Z]/.test(after);
  return okBefore && (okAfter || wideBefore);
}

const URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** Which kind of section a line is in: a work history, a section whose dates are not jobs, or one not named. */
type SectionKind = 'work' | 'skip' | 'other';

/**
 * A line that can belong to a role's heading block: short, not a bullet, not a sentence, not dated.
 * Layouts put title, employer, location and link on their own lines around the date, in any order.
 */
function headerLike(line: string, asOf: Date): boolean {
  const t = line.trim();
  if (!t || t.length > 80 || BULLET.test(line) || /[;!?]$/.test(t) || findRange(t, asOf)) return false;
  const words = t.split(/\s+/).length;
  // "Creative Solutions Inc." is a name; "excellence." (a wrapped bullet) and sentences are not.
  if (t.endsWith('.') && (words > 4 || /^[a-z]/.test(t))) return false;
  return words <= 10 && !sectionHeadingKind(line);
}

function sectionHeadingKind(line: string): SectionKind | null {
  const h = resumeHeading(line);
  return h ? workHeading(h) : null;
}

/** The heading lines next to a date line, nearest first; blank lines and links are stepped over. */
function headerLines(lines: string[], i: number, step: 1 | -1, limit: number, floor: number, asOf: Date): number[] {
  const out: number[] = [];
  for (
    let k = i + step, seen = 0;
    k >= floor && k < lines.length && seen < limit + 2 && out.length < limit;
    k += step, seen++
  ) {
    const t = lines[k].trim();
    if (!t || URL.test(t)) {
      // Below the date a blank line ends the heading; above it, templates leave one before the date.
      if (step === 1 && !t) break;
      continue;
    }
    if (!headerLike(lines[k], asOf)) break;
    out.push(k);
  }
  return out;
}

// "San Francisco, CA" as one place, removed before the comma split would make it two names.
const PLACE = /\b(?<![\w.'’-])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, ?[A-Z]{2}\b(?: \d{4,5})?/g;
/** The names on a heading line: notes in brackets, places and links left out. */
// A title line below a date may instead head the next date: "Dean's List (2013 – 2016)" over
// "Web Intern, Pixel" over "Summer 2021". True when heading lines lead from it to a date that names no job.
function headsNextDate(lines: string[], k: number, asOf: Date): boolean {
  for (let j = k + 1; j < Math.min(lines.length, k + 5); j++) {
    const t = lines[j].trim();
    if (!t || URL.test(t)) continue;
    const range = findRange(t, asOf);
    if (range) return !TITLE_WORDS.test(t.replace(range.match, ' '));
    if (!headerLike(lines[j], asOf)) return false;
  }
  return false;
}

const parts = (text: string) =>
  text
    .replace(/^#+\s*/, '')
    .replace(/\([^)]*\)?/g, ' ')
    .replace(PLACE, (m) => (TITLE_WORDS.test(m) ? m : '   '))
    .split(SEPARATORS)
    .map(clean)
    .filter((p) => p && !WORKPLACE.test(p) && !URL.test(p));

// In a work section, "Staff Engineer November 2021 – Present": a short heading naming a job, then its dates.
function titleBeforeDate(line: string, match: string): boolean {
  const before = line.slice(0, line.indexOf(match));
  return (
    !BULLET.test(line) && !/[.;]\s*$/.test(line) && TITLE_WORDS.test(before) && before.trim().split(/\s+/).length <= 12
  );
}

const isCapsHeading = (h: string) =>
  h === h.toUpperCase() && /\p{Lu}{3}/u.test(h) && !/\d/.test(h) && h.split(/\s+/).length <= 4 && !TITLE_WORDS.test(h);

// True when the resume sets its known headings in capitals, so an unknown line in capitals is a heading too.
function headingsInCapitals(lines: string[]): boolean {
  const known = lines.map(resumeHeading).filter((h): h is string => h !== null && workHeading(h) !== null);
  return known.length >= 2 && known.every(isCapsHeading);
}

/** Every dated role on a resume. Title and employer come from the date line or the heading lines around it. */
export function findRoles(lines: string[], asOf: Date): DatedRole[] {
  const roles: DatedRole[] = [];
  let kind: SectionKind = 'other';
  let usedUpTo = 0;
  const sectionEnd: number[] = [];
  const capsHeadings = headingsInCapitals(lines);
  lines.forEach((line, i) => {
    const heading = resumeHeading(line);
    const headingKind = heading ? workHeading(heading) : null;
    if (headingKind) {
      kind = headingKind;
      sectionEnd.push(i);
      usedUpTo = i + 1;
    } else if (heading && capsHeadings && kind === 'work' && isCapsHeading(heading)) {
      // A section the lists do not name ("RECOGNITION"), set like the others: its dates need a job title to count.
      kind = 'other';
      sectionEnd.push(i);
    }
    if (kind === 'skip' || i < usedUpTo) return;
    const range = findRange(line, asOf);
    // A bullet's "since 2019" or "summer 2020" is prose, not a role; so is a range inside a sentence.
    if (
      !range ||
      (BULLET.test(line) && (range.open || range.seasonal)) ||
      !(standsApart(line, range.match) || (kind === 'work' && titleBeforeDate(line, range.match)))
    )
      return;
    const rest = isDateOnly(line, asOf)
      ? ''
      : clean(
          line
            .replace(range.match, '   ')
            .replace(SEASON, ' ')
            .replace(/\(\s*\)/g, ' '),
        );
    const restParts = rest.length >= 3 ? parts(rest) : [];
    const hasTitle = (ps: string[]) => ps.some((p) => TITLE_WORDS.test(p));
    // Heading lines: those above the date (up to three), then up to two below it when the date line and
    // the lines above name no job ("Acme Corp  Jan 2019 – Present" over "Senior Engineer  Berlin, DE").
    // A date line naming title and employer needs nothing above; one naming a title alone may have the employer above.
    const aboveLimit = hasTitle(restParts) ? (restParts.length === 1 ? 1 : 0) : 3;
    const above = headerLines(lines, i, -1, aboveLimit, usedUpTo, asOf);
    const aboveParts = above.map((k) => parts(lines[k]));
    let below: number[] = [];
    if (!hasTitle(restParts)) {
      const under = headerLines(lines, i, 1, 2, 0, asOf);
      // Below wins when the date line names the employer; above wins for a date alone on its line.
      const first = under.findIndex((k) => hasTitle(parts(lines[k])) && !headsNextDate(lines, k, asOf));
      if (first >= 0 && (restParts.length > 0 || !aboveParts.some(hasTitle))) below = under.slice(0, first + 1);
    }
    const belowParts = below.map((k) => parts(lines[k]));
    // Title: the date line's own words first, then the nearest heading line that names a job.
    const ordered = [restParts, ...(below.length ? belowParts : []), ...aboveParts];
    const titleGroup = ordered.find(hasTitle) ?? (restParts.length ? restParts : (aboveParts[0] ?? []));
    const title = titleGroup.find((p) => TITLE_WORDS.test(p)) ?? titleGroup[0] ?? '';
    // The employer: beside the title on its line, unless the date line names one ("Telcoin  Aug 2020 – Present"
    // over "Vice President, Banking Operations").
    const beside = titleGroup.filter((p) => p !== title);
    const elsewhere = ordered.filter((g) => g !== titleGroup).flat();
    const others =
      titleGroup !== restParts && restParts.length
        ? [...restParts, ...beside, ...elsewhere]
        : [...beside, ...elsewhere];
    let employer = others.find((p) => !TITLE_WORDS.test(p)) ?? null;
    // "Staff Engineer  Nov 2021 – Present" over "Acme Corp – Los Angeles, CA": the employer is the next line.
    if (!employer && restParts.length === 1 && hasTitle(restParts)) {
      const next = headerLines(lines, i, 1, 1, 0, asOf).map((k) => parts(lines[k]))[0];
      if (next && !hasTitle(next)) {
        employer = next[0];
        below = headerLines(lines, i, 1, 1, 0, asOf);
      }
    }
    // Outside a named work section only a dated line that names a job counts (not a project, award or degree).
    if (kind === 'other' && !TITLE_WORDS.test(title)) return;
    // "Intern" counts on the date line or the title's line, wherever the template put it.
    const internship = INTERNSHIP.test(line) || INTERNSHIP.test(titleGroup.join(' ')) || range.seasonal === true;
    roles.push({
      title,
      employer,
      start: isoMonth(range.start),
      end: isoMonth(range.end),
      line: i + 1,
      dates: range.match,
      internship,
      seniority: internship ? 'intern' : seniorityOfTitle(title),
      months: range.end - range.start + 1,
      titleEvidence: lineEvidence(lines, i + 1, title),
      datesEvidence: lineEvidence(lines, i + 1, range.match),
      startIndex: range.start,
      endIndex: range.end,
      from: (above.length ? Math.min(...above) : i) + 1,
      to: lines.length,
    });
    usedUpTo = Math.max(i, ...below) + 1;
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

// The line showing `match`: the given line or, for a title written above its dates, up to two lines above.
function lineEvidence(lines: string[], line: number, match: string): Evidence {
  for (let l = line; l >= Math.max(1, line - 2); l--) {
    const text = lines[l - 1] ?? '';
    if (text.includes(match)) return { line: l, text, match };
  }
  const text = lines[line - 1] ?? '';
  return { line, text, match: text.trim() };
}

/** A role as the profile shows it, without the month arithmetic and line block. */
export function publicRole(r: DatedRole): Role {
  const { title, employer, start, end, line, dates, internship, seniority, months, titleEvidence, datesEvidence } = r;
  return { title, employer, start, end, line, dates, internship, seniority, months, titleEvidence, datesEvidence };
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
