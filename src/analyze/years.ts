/** Reads years-of-experience requirements from a posting ("8+ years", "Exp. Years 8+", "at least five years"). */
import type { Evidence } from '../types.js';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
};
const NUM = `(\\d{1,2}|${Object.keys(WORD_NUMBERS).join('|')})`;
// Each \s* follows a token that is there, so no two can share a run of spaces (that made it cubic).
const YEARS = new RegExp(`(?:at least |minimum (?:of )?|over |more than )?${NUM}\\s*(?:(?:\\+|plus)\\s*)?(?:(?:-|–|to)\\s*)?(?:\\d{1,2}\\s*)?(?:\\+\\s*)?years?`, 'gi');
const BOARD_FIELD = /^Exp\.? Years\s+(\d{1,2})\+?/i;

function toNumber(s: string): number {
  return WORD_NUMBERS[s.toLowerCase()] ?? Number(s);
}

/** One "N years" requirement found in a line. */
export interface YearsMention {
  years: number;
  evidence: Evidence;
  /** What the years are of, when the line says ("programming in Python"). */
  area: string;
}

/** Every "N+ years" mention in a line, with what follows it. */
export function yearsMentions(line: string, lineNo: number): YearsMention[] {
  const field = BOARD_FIELD.exec(line.trim());
  if (field) return [{ years: Number(field[1]), evidence: { line: lineNo, text: line, match: field[0] }, area: 'experience' }];
  const out: YearsMention[] = [];
  const spaced = line.replace(/([a-z])(\d+\+ years)/g, '$1 $2');
  for (const m of spaced.matchAll(YEARS)) {
    const years = toNumber(m[1]);
    if (!(years > 0 && years <= 40)) continue;
    const rest = spaced.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const area = (/^\s*(?:of\s+)?(?:experience\s+)?(?:in|with|of)?\s*([^,.;\d]*)/i.exec(rest)?.[1] ?? '').trim();
    out.push({ years, evidence: { line: lineNo, text: line, match: m[0].trim() }, area: area || 'experience' });
  }
  return out;
}

/** The overall years a posting requires: the largest general "N years of experience" it states. */
export function requiredYears(lines: string[]): { requiredYears: number | null; evidence?: Evidence } {
  let best: YearsMention | undefined;
  lines.forEach((line, i) => {
    for (const m of yearsMentions(line, i + 1)) {
      if (!best || m.years > best.years) best = m;
    }
  });
  return best ? { requiredYears: best.years, evidence: best.evidence } : { requiredYears: null };
}
