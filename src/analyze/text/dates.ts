/** Reads date ranges people write on resumes ("Jan 2015 – Present", "06/2012 - 12/2015", "2019–21", "Summer 2020"). */
import { lexicon } from '../../lexicon/lexicon.js';
import { alternatives } from '../../lexicon/patterns.js';

const DATES = lexicon().dates;
// Month names match by prefix ("Sept.", "September"): the longest listed prefix of a word names its month.
const MONTH_PREFIXES = Object.keys(DATES.months).sort((a, b) => b.length - a.length);
const MONTH = `(?:${alternatives(MONTH_PREFIXES)})[a-z]*\\.?`;
const POINT = `(?:${MONTH}\\s+\\d{4}|${MONTH}\\s*'\\d{2}|\\d{1,2}/\\d{4}|\\d{4}-\\d{2}(?!\\d)|\\d{4})`;
const NOW = `(?:${alternatives(DATES.now)})`;
const END = `(?:${POINT}|${NOW})`;
const DASH = `(?:-|–|—|‒|−|${alternatives(DATES.rangeWords)})`;
const RANGE = new RegExp(`\\b(${POINT})\\s*${DASH}\\s*(${END})(?![\\w/])`, 'i');
// "2019–21": a two-digit end year.
const SHORT_RANGE = new RegExp(`\\b(\\d{4})\\s*(?:-|–|—)\\s*'?(\\d{2})(?![\\d/-])`);
// "Since 2019": to the reference date.
const SINCE = new RegExp(`\\b(?:${alternatives(DATES.since)})\\s+(${POINT})\\b`, 'i');
/** "Summer 2020": a season of one year. */
export const SEASON = new RegExp(`\\b(${alternatives(Object.keys(DATES.seasons))})\\s+(\\d{4})\\b`, 'i');
const NOW_WORD = new RegExp(`^${NOW}$`);

/** The month (0-11) a month word names, by its longest listed prefix; -1 when it names none. */
function monthOf(word: string): number {
  const prefix = MONTH_PREFIXES.find((p) => word.startsWith(p));
  return prefix === undefined ? -1 : DATES.months[prefix] - 1;
}

/** A month as a count of months since year 0, for arithmetic. */
export type MonthIndex = number;

/** Parse one date point to a month index; `asOf` resolves "Present". */
export function parsePoint(text: string, asOf: Date, isEnd: boolean): MonthIndex | null {
  const t = text.trim().toLowerCase();
  if (NOW_WORD.test(t)) return asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  let m = /^([a-z]+)\.?\s*(\d{4}|'\d{2})$/.exec(t);
  if (m) {
    const month = monthOf(m[1]);
    const year = m[2].startsWith("'") ? 2000 + Number(m[2].slice(1)) : Number(m[2]);
    return month < 0
      ? null
      : (year > asOf.getUTCFullYear() + 1 && m[2].startsWith("'") ? year - 100 : year) * 12 + month;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t) ?? /^(\d{4})-(\d{2})$/.exec(t);
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
