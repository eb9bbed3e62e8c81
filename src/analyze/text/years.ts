/** Reads years-of-experience statements ("8+ years", "0-2 years", "at least five years", "Exp. Years 8+"). */
import { lexicon } from '../../lexicon/lexicon.js';
import { alternatives } from '../../lexicon/patterns.js';
import type { AreaYears, Evidence } from '../../types.js';

const WORDS = lexicon().experience;
const NUM = `(\\d{1,2}|${alternatives(Object.keys(WORDS.numbers))})`;
// "8+ years", "8 + yrs", "3-5 years", "five (5) years", "5 or more years", "at least 5 years".
const YEARS = new RegExp(
  `(?:(?:${alternatives(WORDS.atLeast)}) )?\\b${NUM}(?:\\s*\\(\\d{1,2}\\))?\\s*(?:(?:\\+|${alternatives(WORDS.orMore)})\\s*)?(?:(?:-|–|—|to)\\s*\\d{1,2}\\s*(?:\\+\\s*)?)?(?:years?|yrs?)\\b`,
  'gi',
);
const BOARD_FIELD = /^(?:Exp\.?|Experience)\s+Years?:?\s+(\d{1,2})\s*\+?/i;
// What follows "N years" when the years are of experience in general, not of one skill or area.
const GENERAL = new RegExp(
  `^\\s*(?:['’]\\s*)?(?:of\\s+)?(?:(?:${alternatives(WORDS.general)})\\s+)*(?:work\\s+)?(?:experience|exp\\.?)\\b`,
  'i',
);

function toNumber(s: string): number {
  return WORDS.numbers[s.toLowerCase()] ?? Number(s);
}

/** One "N years" statement found in a line. */
export interface YearsMention {
  /** The lower bound ("3-5 years" → 3). */
  years: number;
  evidence: Evidence;
  /** What the years are of, when the line says ("programming in Python, Scala or Java"); "experience" otherwise. */
  area: string;
  /** True for years of experience in general ("8+ years of experience in data solutions"). */
  general: boolean;
}

/** Every "N years" statement in a line (or a glued item), with what follows it. */
export function yearsMentions(line: string, lineNo: number, source = line): YearsMention[] {
  const field = BOARD_FIELD.exec(line.trim());
  if (field)
    return [
      {
        years: Number(field[1]),
        evidence: { line: lineNo, text: source, match: field[0] },
        area: 'experience',
        general: true,
      },
    ];
  const out: YearsMention[] = [];
  const spaced = line.replace(/([a-z])(\d{1,2}\+ years)/g, '$1 $2');
  for (const m of spaced.matchAll(YEARS)) {
    const years = toNumber(m[1]);
    if (!(years >= 0 && years <= 40)) continue;
    // "5 years ago", "a 3-year contract" and ages are not requirements.
    const rest = spaced.slice(m.index + m[0].length, m.index + m[0].length + 200);
    if (/^\s*(?:ago|old)\b/i.test(rest)) continue;
    const general = GENERAL.test(rest);
    const tail = general ? rest.replace(GENERAL, '') : rest;
    const area = (/^\s*(?:of\s+)?(?:in|with|of|on|using|as)?\s*([^.;:!?\n]*)/i.exec(tail)?.[1] ?? '')
      // The area ends where a new clause starts: "…, leading teams", "…, No experience with…", "…, with proficiency in".
      .split(
        /(?<!\s)\s*(?:\d{1,2}\+? years|,\s*(?:and\s+|or\s+)?(?=(?:experience|knowledge|proficiency|no|lack|less|fewer|without|with|including|a|an|the)\b|[a-z]+ing\b)|\band\s+(?:experience|knowledge)|\bwith a\b)/i,
      )[0]
      .trim()
      .slice(0, 80);
    out.push({
      years,
      evidence: { line: lineNo, text: source, match: m[0].trim() },
      area: area || 'experience',
      general: general || !area,
    });
  }
  return out;
}

/** The overall years a posting requires: the board's field, else the largest general "N years of experience". */
export function requiredYears(
  lines: string[],
  originals = lines,
): { requiredYears: number | null; evidence?: Evidence } {
  let best: YearsMention | undefined;
  lines.forEach((line, i) => {
    for (const m of yearsMentions(line, i + 1, originals[i])) {
      if (!m.general) continue;
      if (!best || m.years > best.years) best = m;
    }
  });
  return best ? { requiredYears: best.years, evidence: best.evidence } : { requiredYears: null };
}

/** Years asked for in a particular skill or area; `skillsOf` names the skills an area mentions. */
export function areaYears(
  lines: string[],
  skillsOf: (text: string) => string[],
  isRequired: (line: number, text: string) => boolean,
  originals = lines,
): AreaYears[] {
  const out: AreaYears[] = [];
  lines.forEach((line, i) => {
    for (const m of yearsMentions(line, i + 1, originals[i])) {
      // "8+ years of experience in data solutions" is overall; "5 years of experience with Kafka" is also Kafka's.
      if (m.general && (m.area === 'experience' || skillsOf(m.area).length === 0)) continue;
      const leading = /^(?:lead|leading|managing|manage|supervis|mentor)/i.test(m.area);
      const skills = leading ? ['Leadership'] : skillsOf(m.area);
      out.push({ area: m.area, years: m.years, skills, required: isRequired(i + 1, m.area), evidence: m.evidence });
    }
  });
  return out;
}
