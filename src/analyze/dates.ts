/** Reads date ranges people write on resumes ("Jan 2015 – Present", "06/2012 - 12/2015", "2016–2018"). */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const POINT = `(?:${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{4}|\\d{4}-\\d{2}|\\d{4})`;
const END = `(?:${POINT}|present|current|now|today|ongoing)`;
const RANGE = new RegExp(`\\b(${POINT})\\s*(?:-|–|—|to|until)\\s*(${END})\\b`, 'i');

/** A month as a count of months since year 0, for arithmetic. */
export type MonthIndex = number;

/** Parse one date point to a month index; `asOf` resolves "Present". */
export function parsePoint(text: string, asOf: Date, isEnd: boolean): MonthIndex | null {
  const t = text.trim().toLowerCase();
  if (/^(present|current|now|today|ongoing)$/.test(t)) return asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  let m = /^([a-z]+)\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[1].slice(0, 3));
    return month < 0 ? null : Number(m[2]) * 12 + month;
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
}

/** The first plausible date range on a line, or null. */
export function findRange(line: string, asOf: Date): DateRange | null {
  const m = RANGE.exec(line);
  if (!m) return null;
  const start = parsePoint(m[1], asOf, false);
  const end = parsePoint(m[2], asOf, true);
  if (start === null || end === null || end < start) return null;
  const now = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  return { start, end: Math.min(end, now), match: m[0] };
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
