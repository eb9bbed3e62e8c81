/**
 * Reads date ranges people write on resumes ("Jan 2015 – Present", "06/2012 - 12/2015", "2014/09 – 2017/03",
 * "2019–21", "Summer 2020", "Mär 2019 – heute"), in the languages whose month and "present" words
 * data/lexicon/dates.json lists.
 */
import { lexicon } from '../../lexicon/lexicon.js';
import { latinRegExp } from '../../lexicon/latin.js';
import { alternatives } from '../../lexicon/patterns.js';

const DATES = lexicon().dates;
// Month names match as listed, whole words with an optional dot ("Sept.", "September", "März", "janv."):
// "Setup 2019" names no September.
const MONTH_WORDS = Object.keys(DATES.months);
const MONTH = `(?:${alternatives(MONTH_WORDS)})\\.?(?!\\p{L})`;
// A point: "Mar 2021", "Jan '19", "03/2021", "03.2021", "2021-03", "2021/3", "2021.03", a year.
const MONTH_POINT = `(?:${MONTH}\\s*(?:,\\s*)?\\d{4}|${MONTH}\\s*['’]\\d{2}|\\d{1,2}/\\d{4}|\\d{2}\\.\\d{4}|\\d{4}[/-]\\d{1,2}(?![\\d/])|\\d{4}\\.\\d{2}(?!\\d))`;
const POINT = `(?:${MONTH_POINT}|\\d{4})`;
const NOW = `(?:${alternatives(DATES.now)})`;
const END = `(?:${POINT}|${NOW})`;
const DASH = `(?:-|–|—|‒|−|${alternatives(DATES.rangeWords)})`;
const RANGE = latinRegExp(`\\b(${POINT})\\s*${DASH}\\s*(${END})(?![\\p{L}\\d/])`, 'iu');
// "2019–21": a two-digit end year. Two digits before a month name are a day ("Aug 2011 - 30 Nov 2011"), no year.
const SHORT_RANGE = latinRegExp(`\\b(\\d{4})\\s*(?:-|–|—)\\s*'?(\\d{2})(?![\\d/-]|\\s*${MONTH})`, 'iu');
// "Since 2019": to the reference date.
const SINCE = latinRegExp(`\\b(?:${alternatives(DATES.since)})\\s+(${POINT})\\b`, 'iu');
/** "Summer 2020": a season of one year. */
export const SEASON = new RegExp(`\\b(${alternatives(Object.keys(DATES.seasons))})\\s+(\\d{4})\\b`, 'i');
const NOW_WORD = latinRegExp(`^${NOW}$`, 'u');

/** The month (0-11) a month word names; -1 when it names none. */
function monthOf(word: string): number {
  const month = DATES.months[word];
  return month === undefined ? -1 : month - 1;
}

/** A month as a count of months since year 0, for arithmetic. */
export type MonthIndex = number;

/** Parse one date point to a month index; `asOf` resolves "Present". */
export function parsePoint(text: string, asOf: Date, isEnd: boolean): MonthIndex | null {
  const t = text.trim().toLowerCase();
  if (NOW_WORD.test(t)) return asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  let m = /^(\p{L}+)\.?\s*(?:,\s*)?(\d{4}|['’]\d{2})$/u.exec(t);
  if (m) {
    const month = monthOf(m[1]);
    const short = /^['’]/.test(m[2]);
    const year = short ? 2000 + Number(m[2].slice(1)) : Number(m[2]);
    return month < 0 ? null : (year > asOf.getUTCFullYear() + 1 && short ? year - 100 : year) * 12 + month;
  }
  m = /^(\d{1,2})[/.](\d{4})$/.exec(t) ?? /^(\d{4})[/.-](\d{1,2})$/.exec(t);
  if (m) {
    const [year, month] = m[1].length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return month >= 1 && month <= 12 ? year * 12 + month - 1 : null;
  }
  m = /^(\d{4})$/.exec(t);
  if (m) return Number(m[1]) * 12 + (isEnd ? 11 : 0);
  return null;
}

/** A date range found on a line. */
export interface DateRange {
  start: MonthIndex;
  end: MonthIndex;
  /** The matched text, for evidence. */
  match: string;
  /** True for a season ("Summer 2020") rather than a range. */
  seasonal?: boolean;
  /** True for "since 2019". */
  open?: boolean;
}

/** The first plausible date range on a line, or null. Ends after the reference date are cut to it. */
export function findRange(line: string, asOf: Date): DateRange | null {
  const now = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  const found = explicitRange(line, asOf) ?? shortRange(line) ?? openRange(line, asOf) ?? seasonRange(line);
  if (!found || found.end < found.start || found.start > now || found.start < 1950 * 12) return null;
  return { ...found, end: Math.min(found.end, now) };
}

function explicitRange(line: string, asOf: Date): DateRange | null {
  const m = RANGE.exec(line);
  if (!m) return null;
  const start = parsePoint(m[1], asOf, false);
  const end = parsePoint(m[2], asOf, true);
  return start === null || end === null ? null : { start, end, match: m[0] };
}

function shortRange(line: string): DateRange | null {
  const m = SHORT_RANGE.exec(line);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Math.floor(start / 100) * 100 + Number(m[2]);
  return end < start ? null : { start: start * 12, end: end * 12 + 11, match: m[0] };
}

function openRange(line: string, asOf: Date): DateRange | null {
  const m = SINCE.exec(line);
  const start = m ? parsePoint(m[1], asOf, false) : null;
  return start === null
    ? null
    : { start, end: asOf.getUTCFullYear() * 12 + asOf.getUTCMonth(), match: m![0], open: true };
}

function seasonRange(line: string): DateRange | null {
  const m = SEASON.exec(line);
  if (!m) return null;
  const [from, to] = DATES.seasons[m[1].toLowerCase()];
  const year = Number(m[2]);
  return { start: year * 12 + from - 1, end: year * 12 + to - 1, match: m[0], seasonal: true };
}

// A line ending in a date point, or a point and a dash: its range may go on below ("January 2011" / "to" / "May 2013").
const OPEN_END = latinRegExp(`\\b${POINT}\\s*(?:${DASH})?\\s*$`, 'iu');
const DASH_ONLY = latinRegExp(`^\\s*${DASH}\\s*$`, 'iu');

/**
 * A range a layout broke over lines: line `i` ends in a date (or a date and a dash) and the next lines
 * carry the rest. Returns the range and the last line it takes, or null.
 */
export function rangeAcross(lines: string[], i: number, asOf: Date): { range: DateRange; last: number } | null {
  if (!OPEN_END.test(lines[i]) || lines[i].length > 120) return null;
  let text = lines[i];
  for (let k = i + 1, taken = 0; k < lines.length && taken < 2; k++) {
    const t = lines[k].trim();
    if (!t) continue;
    taken++;
    text = `${text} ${t.slice(0, 60)}`;
    if (DASH_ONLY.test(t)) continue;
    const range = findRange(text, asOf);
    return range && text.indexOf(range.match) + range.match.length > lines[i].length ? { range, last: k } : null;
  }
  return null;
}

const SINGLE = latinRegExp(`^\\s*(${MONTH_POINT})(?![\\p{L}\\d/])`, 'iu');

/** A month alone at the start of a line ("Mar 2021 Acme Corp"): a role of that month. Null when none. */
export function leadingMonth(line: string, asOf: Date): DateRange | null {
  const m = SINGLE.exec(line);
  const at = m ? parsePoint(m[1], asOf, false) : null;
  const now = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  return at === null || at > now || at < 1950 * 12 ? null : { start: at, end: at, match: m![1] };
}

// What looks like a range: a month and year, a month number and year, or a year; a dash or range word;
// then another such point, or one word ending the line ("Presnt", "Heute").
const SHAPE_POINT = `(?:\\p{L}{3,}\\.?\\s*(?:(?:19|20)\\d{2}|['’]\\d{2})|\\d{1,2}[./-](?:19|20)\\d{2}|(?:19|20)\\d{2}(?:[./-]\\d{1,2})?)`;
const RANGE_SHAPE = latinRegExp(
  `\\b${SHAPE_POINT}\\s*(?:-|–|—|\\b(?:${alternatives(DATES.rangeWords)})\\b)\\s*(?:${SHAPE_POINT}(?!\\d)|\\d{1,2}[./-]\\d{2,4}|\\p{L}{3,}\\.?\\s*$)`,
  'iu',
);

/** True when a line has the shape of a date range ("Smarch 2019 – Jun 2020", "13/2019 – 05/2020") that `findRange` cannot read. */
export function unreadRange(line: string, asOf: Date): boolean {
  return line.length <= 120 && RANGE_SHAPE.test(line) && !findRange(line, asOf);
}

/** True when a line holds nothing but dates (and brackets, separators, a season). */
export function isDateOnly(line: string, asOf: Date): boolean {
  let rest = line;
  for (let r = findRange(rest, asOf); r; r = findRange(rest, asOf)) rest = rest.replace(r.match, ' ');
  return rest.replace(SEASON, ' ').replace(/[\s|,·•–—()\-*#_:]+/g, '').length === 0;
}

/** `YYYY-MM` for a month index. */
export function isoMonth(index: MonthIndex): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Total years covered by ranges, overlaps counted once. */
export function mergedYears(ranges: { start: MonthIndex; end: MonthIndex }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let months = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const r of sorted) {
    const end = r.end + 1;
    if (r.start > curEnd) {
      months += curEnd - curStart;
      curStart = r.start;
      curEnd = end;
    } else curEnd = Math.max(curEnd, end);
  }
  months += curEnd - curStart;
  return Math.round((months / 12) * 10) / 10;
}
