// Month dates in gold data ("January 2019", "2019-01", "present") and date ranges on a page (the oracle).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NOW = /^(?:present|current|now|today|ongoing|till date|to date)$/i;

/** `YYYY-MM` of a reference date (UTC). */
export const monthOf = (date) => date.toISOString().slice(0, 7);

/** A gold date as `YYYY-MM`: "January 2019", "Jan 2019", "2019-01", "2019" (January), "present" (the as-of month). */
export function goldMonth(value, asOf) {
  const s = String(value ?? '').trim();
  if (!s) return null;
  if (NOW.test(s)) return monthOf(asOf);
  let m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(s);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}`;
  m = /^([a-z]{3})[a-z]*\.?\s+(\d{4})$/i.exec(s);
  if (m && MONTHS.includes(m[1].toLowerCase()))
    return `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}`;
  m = /^(\d{4})$/.exec(s);
  return m ? `${m[1]}-01` : null;
}

/** A gold range "January 2019 to Present" / "2019 – 2021" as [start, end] months. */
export function goldRange(text, asOf) {
  const parts = String(text ?? '').split(/\s+(?:to|until|-|–|—)\s+/i);
  return parts.length === 2 ? [goldMonth(parts[0], asOf), goldMonth(parts[1], asOf)] : [goldMonth(text, asOf), null];
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const END = '(?:present|current|now|today|ongoing|till date|to date|date)';
const DASH = '\\s*(?:-|–|—|to|until|thru|through)\\s*';
/** Date ranges the page shows with month precision, or a year running to the present. */
export const PAGE_DATE_RANGES = [
  new RegExp(`\\b${MONTH}\\s*'?\\d{2,4}${DASH}(?:${MONTH}\\s*'?\\d{2,4}|${END})\\b`, 'i'),
  new RegExp(`\\b\\d{1,2}\\s*/\\s*(?:19|20)\\d{2}${DASH}(?:\\d{1,2}\\s*/\\s*(?:19|20)\\d{2}|${END})\\b`, 'i'),
  new RegExp(`\\b(?:19|20)\\d{2}${DASH}${END}\\b`, 'i'),
];

/** True when a page's text shows a date range the oracle counts. */
export function showsDateRange(text) {
  return PAGE_DATE_RANGES.some((re) => re.test(text));
}
