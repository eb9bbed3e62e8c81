/** Finds the roles on a resume: a title (and employer) next to a date range, and the lines each role spans. */
import type { Evidence, Role } from '../../types.js';
import {
  findRange,
  isDateOnly,
  isoMonth,
  leadingMonth,
  mergedYears,
  rangeAcross,
  SEASON,
  type DateRange,
  type MonthIndex,
} from '../text/dates.js';
import { resumeHeading, resumeSection, workHeading } from '../text/headings.js';
import { seniorityOfTitle } from '../text/seniority.js';
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import { INTERNSHIP, TITLE_WORDS } from '../text/titles.js';
import { lineParts, namesJob, pickTitleAndEmployer, type Part } from './role-parts.js';

/** A role with its dates as month indexes and its block of lines, for arithmetic. */
export interface DatedRole extends Role {
  startIndex: MonthIndex;
  endIndex: MonthIndex;
  internship: boolean;
  /** First and last 1-based line of the role's block (heading to the line before the next role). */
  from: number;
  to: number;
}

const BULLET = /^\s*[-*•·▪●◦]\s/;

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
  // A line of title, employer and place runs longer than a title alone ("Licensed Clinical Social Worker ｜ City , State").
  if (!t || t.length > 100 || BULLET.test(line) || /[;!?]$/.test(t) || findRange(t, asOf)) return false;
  // Words of two letters or more, not the separators, spaced commas and stray glyphs PDF text puts between them.
  const words = t.split(/\s+/).filter((w) => /[\p{L}\d]{2}/u.test(w)).length;
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
  // Text exports space a heading's lines with blank lines (and a page's link between them): up to four in a row.
  for (let k = i + step, skipped = 0; k >= floor && k < lines.length && skipped <= 4 && out.length < limit; k += step) {
    const t = lines[k].trim();
    if (!t || URL.test(t)) {
      // Below the date a blank line ends the heading; above it, templates leave one before the date.
      if (step === 1 && !t) break;
      skipped++;
      continue;
    }
    if (!headerLike(lines[k], asOf)) break;
    out.push(k);
    skipped = 0;
  }
  return out;
}

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

// In a work section, "Staff Engineer November 2021 – Present": a short heading naming a job, then its dates.
function titleBeforeDate(line: string, match: string): boolean {
  const before = line.slice(0, line.indexOf(match));
  return (
    !BULLET.test(line) && !/[.;]\s*$/.test(line) && TITLE_WORDS.test(before) && before.trim().split(/\s+/).length <= 12
  );
}

const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;

// In a work section a role's dates may run into its words with single spaces, as PDF text gives them
// ("Company Name July 2011 to May 2014 Accountant"): they count at the line's start or end, or between
// two capitalised words (not "Summary of 2016-2017 achievements").
function roleDateInWork(line: string, match: string): boolean {
  const t = line.replace(BULLET, '').trim();
  const at = t.indexOf(match);
  const before = t.slice(0, at).trim();
  const after = t.slice(at + match.length).trim();
  if (!before || /^[.,;:)\]]*$/.test(after)) return true;
  return /(?:^|\s)\p{Lu}[\p{L}.'’&-]*$/u.test(before) && /^\p{Lu}/u.test(after) && !/:/.test(before);
}

/**
 * The dates a line heads a role with: a range on the line, a range the layout carried over to the next
 * lines ("January 2011" / "to" / "May 2013"), or, in a work section, a month alone at the line's start.
 * Returns the range, the text it was read from and the last line it took.
 */
function dateOf(
  lines: string[],
  i: number,
  kind: SectionKind,
  asOf: Date,
): { range: DateRange; text: string; last: number } | null {
  let text = lines[i];
  let last = i;
  let range = findRange(text, asOf);
  if (!range) {
    const across = rangeAcross(lines, i, asOf);
    if (across) {
      range = across.range;
      last = across.last;
      text = lines
        .slice(i, last + 1)
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ');
    }
  }
  if (!range && kind === 'work' && !BULLET.test(text)) {
    const month = leadingMonth(text, asOf);
    if (month && wordCount(text.replace(month.match, ' ')) <= 10 && !/\.\s*$/.test(text)) range = month;
  }
  // A bullet's "since 2019" or "summer 2020" is prose, not a role; so is a range inside a sentence.
  if (!range || (BULLET.test(text) && (range.open || range.seasonal))) return null;
  const ok =
    standsApart(text, range.match) ||
    (kind === 'work' && (titleBeforeDate(text, range.match) || roleDateInWork(text, range.match)));
  return ok ? { range, text, last } : null;
}

// "from 14th July 2014", "since 1st Aug": the words a sentence puts before its dates (data/lexicon/dates.json).
const RANGE_LEAD = new RegExp(`${phrases(lexicon().dates.rangeLeads)}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?[.,]?)?$`, 'i');

// "Project Description:", "Client", "Team Size": a label of the role's own details (data/lexicon/titles.json).
const ROLE_DETAIL = new RegExp(`^${phrases(lexicon().titles.roleDetailLabels)}$`, 'i');

/**
 * Inside a work history, a line that labels the role's own details opens no section: a label with its value
 * ("Project: Billing Revamp", "Project:Atlas") or a detail label alone ("Project Description:").
 */
function roleDetail(line: string): boolean {
  const t = line.trim().replace(/^[-*•#\s]+/, '');
  let end = t.length;
  while (end > 0 && ' \t:-'.includes(t[end - 1])) end--;
  return /^[^:]{1,40}:\s*\S/.test(t) || ROLE_DETAIL.test(t.slice(0, end));
}

// The section kind a line opens in a work history: a role's detail labels keep the work history open.
function sectionKindIn(kind: SectionKind, line: string, headingKind: SectionKind | null): SectionKind | null {
  return headingKind === 'skip' && kind === 'work' && roleDetail(line) ? null : headingKind;
}

// A line in capitals over a line of dates alone ("ACME LOGISTICS" over "2019 – 2021") heads a role, not a section.
function headsDate(lines: string[], i: number, asOf: Date): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++)
    if (lines[k].trim()) return findRange(lines[k], asOf) !== null && isDateOnly(lines[k], asOf);
  return false;
}

const isCapsHeading = (h: string) =>
  h === h.toUpperCase() && /\p{Lu}{3}/u.test(h) && !/\d/.test(h) && h.split(/\s+/).length <= 4 && !TITLE_WORDS.test(h);

// One word of up to four capitals ("TCS", "SME", "HSBC") is an acronym: a company or a job under a role, never a section.
const isAcronym = (h: string) => /^\p{Lu}{2,4}$/u.test(h.trim());

// True when the resume sets its known headings in capitals, so an unknown line in capitals is a heading too.
function headingsInCapitals(lines: string[]): boolean {
  const known = lines.map(resumeHeading).filter((h): h is string => h !== null && workHeading(h) !== null);
  return known.length >= 2 && known.every(isCapsHeading);
}

const leansTitle = (p: Part) => p.title > 0 && p.title > p.employer;
const leansEmployer = (p: Part) => p.employer > 0 && p.employer > p.title;

/**
 * The lines above a date that are its heading, nearest first: they stop once the date line and the lines taken
 * name a title and an employer. A line further up belongs to the role before, one the page gives without dates
 * ("Technical Architect" / "Acme -" over "Software Engineer" / "Globex -" / its dates).
 */
function oneHeading<T extends { parts: Part[] }>(restParts: Part[], above: T[]): T[] {
  const taken = [...restParts];
  const out: T[] = [];
  for (const line of above) {
    if (taken.some(leansTitle) && taken.some(leansEmployer)) break;
    out.push(line);
    taken.push(...line.parts);
  }
  return out;
}

// The heading lines each list of dated roles was read from, for the undated roles' reader.
const HEADING_LINES = new WeakMap<DatedRole[], Set<number>>();

/** Every dated role on a resume. Title and employer come from the date line or the heading lines around it. */
export function findRoles(lines: string[], asOf: Date): DatedRole[] {
  const roles: DatedRole[] = [];
  let kind: SectionKind = 'other';
  let usedUpTo = 0;
  const sectionEnd: number[] = [];
  const capsHeadings = headingsInCapitals(lines);
  const headingLines = new Set<number>();
  // Per role: its employer was read from a line above its title ("Globex Corp" over "Senior Engineer  2019 –").
  const employerAbove: boolean[] = [];
  // Per role: its heading is the title alone (on the date line or one line next to it), with no line for an employer.
  const titleAlone: boolean[] = [];
  lines.forEach((raw, i) => {
    const heading = resumeHeading(raw);
    const headingKind = sectionKindIn(kind, raw, heading ? workHeading(heading) : null);
    if (headingKind) {
      kind = headingKind;
      sectionEnd.push(i);
      usedUpTo = i + 1;
    } else if (
      heading &&
      capsHeadings &&
      kind === 'work' &&
      isCapsHeading(heading) &&
      // Words only: "ACME CORP -" is an employer's line; and a line right above a date heads a role.
      /^[\p{Lu}&' ]+$/u.test(heading) &&
      !isAcronym(heading) &&
      !headsDate(lines, i, asOf)
    ) {
      // A section the lists do not name ("RECOGNITION"), set like the others: its dates need a job title to count.
      kind = 'other';
      sectionEnd.push(i);
    }
    if (kind === 'skip' || i < usedUpTo) return;
    const found = dateOf(lines, i, kind, asOf);
    if (!found) return;
    const { range, text: line, last } = found;
    const before = line.slice(0, line.indexOf(range.match)).trimEnd();
    const lead = RANGE_LEAD.exec(before);
    const rest = isDateOnly(line, asOf)
      ? ''
      : (lead ? before.slice(0, lead.index) + '   ' + line.slice(before.length) : line)
          .replace(range.match, '   ')
          .replace(SEASON, ' ')
          .replace(/\(\s*\)/g, ' ');
    const restParts = rest.trim().length >= 3 ? lineParts(rest, 0) : [];
    // "… in Pune, since March 2014 to date.": dates in a sentence head a role only when it names a job.
    if (lead && !/^[^:]{1,40}:/.test(line.trim()) && !namesJob(restParts)) return;
    // Heading lines: those above the date (up to three), then up to two below it when the date line and
    // the lines above name no job ("Acme Corp  Jan 2019 – Present" over "Senior Engineer  Berlin, DE").
    // A date line naming title and employer needs nothing above; one naming a title alone may have the employer above.
    const aboveLimit = namesJob(restParts) ? (restParts.length === 1 ? 1 : 0) : 3;
    const block = oneHeading(
      restParts,
      headerLines(lines, i, -1, aboveLimit, usedUpTo, asOf).map((k, n) => ({ k, parts: lineParts(lines[k], -1 - n) })),
    );
    const above = block.map((h) => h.k);
    const aboveParts = block.map((h) => h.parts);
    let below: number[] = [];
    if (!namesJob(restParts)) {
      const under = headerLines(lines, last, 1, 2, 0, asOf);
      // Below wins when the date line names the employer; above wins for a date alone on its line.
      const first = under.findIndex((k) => namesJob(lineParts(lines[k], 1)) && !headsNextDate(lines, k, asOf));
      if (first >= 0 && (restParts.length > 0 || !aboveParts.some(namesJob))) below = under.slice(0, first + 1);
    }
    const belowParts = below.map((k, n) => lineParts(lines[k], 1 + n));
    const picked = pickTitleAndEmployer([...restParts, ...belowParts.flat(), ...aboveParts.flat()]);
    const title = picked.title?.text ?? '';
    let employer = picked.employer?.text ?? null;
    // "Staff Engineer  Nov 2021 – Present" over "Acme Corp – Los Angeles, CA": the employer is the next line.
    if (!employer && restParts.length === 1 && namesJob(restParts)) {
      const nextLine = headerLines(lines, last, 1, 1, 0, asOf);
      const next = nextLine.map((k) => lineParts(lines[k], 1))[0];
      if (next?.length && !namesJob(next)) {
        employer = next[0].text;
        below = nextLine;
      }
    }
    const titleLine = picked.title
      ? [restParts, ...belowParts, ...aboveParts].find((g) => g.includes(picked.title!))
      : [];
    // Outside a named work section only a dated line that names a job counts (not a project, award or degree).
    if (kind === 'other' && !TITLE_WORDS.test(title)) return;
    // "Intern" counts on the date line or the title's line, wherever the template put it.
    const internship =
      INTERNSHIP.test(line) ||
      INTERNSHIP.test((titleLine ?? []).map((p) => p.text).join(' ')) ||
      range.seasonal === true;
    titleAlone.push(above.length + below.length <= (restParts.length ? 0 : 1));
    employerAbove.push(!!picked.employer && !!picked.title && picked.employer.offset < picked.title.offset);
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
    usedUpTo = Math.max(last, ...below) + 1;
    for (const k of [...above, ...below, i, last]) headingLines.add(k);
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
  sameEmployer(roles, employerAbove, titleAlone, sectionEnd);
  HEADING_LINES.set(roles, headingLines);
  return roles;
}

/**
 * Several roles under one employer: "Globex Corp" over "Senior Engineer  2019 – Present", then "Engineer
 * 2016 – 2018" with no employer of its own. A titled role without an employer, in the same section, keeps the
 * employer of the role before it when that employer headed the roles (stood above its title) or was kept so, and
 * its own heading is the title alone (no line of its own where an employer would stand).
 */
function sameEmployer(roles: DatedRole[], employerAbove: boolean[], titleAlone: boolean[], sectionEnd: number[]): void {
  let s = 0;
  let carried: string | null = null;
  roles.forEach((r, k) => {
    const sectionBefore = s;
    while (s < sectionEnd.length && sectionEnd[s] + 1 <= r.line) s++;
    if (s !== sectionBefore) carried = null;
    if (r.employer) carried = employerAbove[k] ? r.employer : null;
    else if (carried && r.title && titleAlone[k]) r.employer = carried;
  });
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

/**
 * Roles a work history gives without dates ("Associate Consultant" over "Acme Labs -"): two heading lines
 * in a row, outside the dated roles' headings, whose parts read as a title (a job word) and an employer.
 * They are roles, with no years.
 */
export function findUndatedRoles(lines: string[], dated: DatedRole[], asOf: Date): Role[] {
  const used = HEADING_LINES.get(dated) ?? new Set<number>();
  const out: Role[] = [];
  let kind: SectionKind = 'other';
  for (let i = 0; i < lines.length; i++) {
    const heading = resumeHeading(lines[i]);
    const headingKind = sectionKindIn(kind, lines[i], heading ? workHeading(heading) : null);
    if (headingKind) kind = headingKind;
    else if (heading && resumeSection(lines[i]) && !(kind === 'work' && roleDetail(lines[i]))) kind = 'other';
    if (kind !== 'work' || used.has(i) || !undatedHeader(lines[i], asOf)) continue;
    // The heading opens after a blank line (or a section heading) and its next line is a heading line too.
    const prev = lines[i - 1]?.trim() ?? '';
    if (prev && !resumeHeading(prev)) continue;
    const [next] = nextAfterBlank(lines, i);
    if (next === undefined || used.has(next) || !undatedHeader(lines[next], asOf)) continue;
    const first = lineParts(lines[i], -1);
    const second = lineParts(lines[next], 0);
    const picked = pickTitleAndEmployer([...first, ...second]);
    const title = picked.title;
    if (!title || !TITLE_WORDS.test(title.text) || !picked.employer || !first.includes(title)) continue;
    out.push({
      title: title.text,
      employer: picked.employer.text,
      start: null,
      end: null,
      line: i + 1,
      internship: INTERNSHIP.test(title.text),
      seniority: INTERNSHIP.test(title.text) ? 'intern' : seniorityOfTitle(title.text),
      titleEvidence: { line: i + 1, text: lines[i], match: title.text },
    });
    i = next;
  }
  return out;
}

// A line of an undated role's heading: short, no dates, not a label ("Responsibilities:").
function undatedHeader(line: string, asOf: Date): boolean {
  const t = line.trim();
  return headerLike(line, asOf) && !/:/.test(t) && t.split(/\s+/).length <= 8;
}

// The next non-blank line, within two blank lines.
function nextAfterBlank(lines: string[], i: number): number[] {
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) if (lines[k].trim()) return [k];
  return [];
}
