/** Reads years-of-experience statements ("8+ years", "0-2 years", "at least five years", "Exp. Years 8+"). */
import { lexicon } from '../../lexicon/lexicon.js';
import { alternatives, phrases } from '../../lexicon/patterns.js';
import type { AreaYears, Evidence } from '../../types.js';

const WORDS = lexicon().experience;
const NUM = `(?<![\\d.,])(\\d{1,2}(?:\\.\\d)?|${alternatives(Object.keys(WORDS.numbers))})`;
// "8+ years", "8 + yrs", "3-5 years", "five (5) years", "5 or more years", "at least 5 years", "1+ year(s)".
const YEARS = new RegExp(
  `(?:(?:${alternatives(WORDS.atLeast)}) )?\\b${NUM}(?:\\s*\\(\\d{1,2}\\))?\\s*(?:(?:\\+|${alternatives(WORDS.orMore)})\\s*)?(?:(?:-|–|—|to)\\s*\\d{1,2}\\s*(?:\\+\\s*)?)?(?:years?|yrs?)\\b(?:\\(s\\))?`,
  'gi',
);
const BOARD_FIELD = /^(?:Exp\.?|Experience)\s+Years?:?\s+(\d{1,2})\s*\+?/i;
// What follows "N years" when the years are of experience in general, not of one skill or area ("of relevant work
// experience"; a general word may pair with another by a slash: "of practical/applied experience").
const GENERAL = new RegExp(
  `^\\s*(?:['’]s?\\s*)?(?:of\\s+)?(?:(?:${alternatives(WORDS.general)})(?:\\s*\\/\\s*[a-z-]+)?\\s+)*(?:work\\s+)?(?:experienced?|exp\\.?)\\b`,
  'i',
);
/** The most years a posting asks for; more is about a company or a life ("for over 80 years", "40 years of age"). */
const MAX_REQUIRED = 30;
// Years that are no requirement: about the company ("we have over 20 years of experience serving banks"), a horizon
// ("in the next 2 years"), a benefit ("after 2 years of service") or an age.
const NOT = WORDS.notRequired;
const NOT_AFTER = new RegExp(`^\\s*(?:['’]s?\\s*)?${phrases(NOT.after)}`, 'i');
const NOT_BEFORE = new RegExp(`${phrases(NOT.before)}\\s*$`, 'i');
const OPENER = new RegExp(`^[\\s,]*(?:(?:and|but)\\s+)?${phrases(NOT.clauseOpeners)}\\s*$`, 'i');
const SUBJECT = new RegExp(phrases(NOT.subjects), 'i');
// Where a sentence starts (for the subject) and where a clause starts (for an opener like "For over 20 years,").
const SENTENCE_END = /[.!?;]\s|^/g;
// A line's statement of experience, without which "N years" of an area is no years requirement.
const EXPERIENTIAL = new RegExp(phrases(WORDS.experiential), 'i');

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
  /** True when the years are about the company, a horizon, a benefit or an age, not what a candidate brings. */
  notRequirement?: boolean;
  /** True when the sentence speaks of experience (or the area names a skill): "N years" of something to bring. */
  experiential?: boolean;
  /** Offsets of the match in the line, to tell alternatives apart ("4+ years with an MS, or 1+ years with a PhD"). */
  start?: number;
  end?: number;
}

// How far before "N years" its sentence is read for a subject or an opener ("For over 20 years, our firm…"): the
// words that decide sit near the years, and the bound keeps a line with many mentions linear (each mention would
// otherwise rescan the whole line before it).
const LOOK_BACK = 300;

/** The line before `index`, at most LOOK_BACK characters of it. */
const lookBack = (line: string, index: number) => line.slice(Math.max(0, index - LOOK_BACK), index);

function lastStart(text: string, re: RegExp): number {
  let at = 0;
  for (const m of text.matchAll(re)) at = m.index + m[0].length;
  return at;
}

/** True when "N years" at `index` of `line` is about the company, a horizon, a benefit or an age. */
function aboutSomethingElse(line: string, index: number, rest: string, years: number): boolean {
  if (years > MAX_REQUIRED || NOT_AFTER.test(rest)) return true;
  const before = lookBack(line, index);
  const sentence = before.slice(lastStart(before, SENTENCE_END));
  const clause = sentence.slice(sentence.lastIndexOf(',') + 1);
  return NOT_BEFORE.test(before) || OPENER.test(clause) || OPENER.test(sentence) || SUBJECT.test(sentence);
}

// "Strong programming experience in Python (+5 years)": the area stands before the bracket.
function areaBefore(line: string, index: number): string {
  const before = lookBack(line, index);
  const open = before.lastIndexOf('(');
  if (open < 0 || !['', '+'].includes(before.slice(open + 1).replace(/\s+/g, ''))) return '';
  const clause = before.slice(0, open);
  return clause
    .slice(Math.max(lastStart(clause, SENTENCE_END), clause.lastIndexOf(',') + 1))
    .replace(/^[\s\-*•·]+/, '')
    .trim();
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
        experiential: true,
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
    const bracketed = /^\s*\)/.test(rest) ? areaBefore(spaced, m.index) : '';
    const general =
      GENERAL.test(rest) || (bracketed !== '' && GENERAL.test(bracketed.replace(/^.*?\b(?=experience)/i, '')));
    const tail = general ? rest.replace(GENERAL, '') : rest;
    const after = (/^\s*(?:of\s+)?(?:in|with|of|on|using|as)?\s*([^.;:!?\n]*)/i.exec(tail)?.[1] ?? '')
      // The area ends where a new clause starts: "…, leading teams", "…, No experience with…", "…, with proficiency in".
      .split(
        /(?<!\s)\s*(?:\d{1,2}\+? years|,\s*(?:and\s+|or\s+)?(?=(?:experience|knowledge|proficiency|no|lack|less|fewer|without|with|including|a|an|the)\b|[a-z]+ing\b)|\band\s+(?:experience|knowledge)|\bwith a\b)/i,
      )[0]
      .trim()
      .slice(0, 80);
    const area = bracketed && /^\)?$/.test(after) ? bracketed.slice(0, 80) : after;
    const from = Math.max(0, m.index - LOOK_BACK);
    const sentence = spaced.slice(
      from + lastStart(lookBack(spaced, m.index), SENTENCE_END),
      m.index + m[0].length + 120,
    );
    out.push({
      years,
      evidence: { line: lineNo, text: source, match: m[0].trim() },
      area: area || 'experience',
      general: general || !area,
      ...(aboutSomethingElse(spaced, m.index, rest, years) ? { notRequirement: true } : {}),
      experiential: general || EXPERIENTIAL.test(sentence),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

// A sentence that opens with a degree offers the line's alternative: "3 years of experience. With a Master's
// degree, 1 year." (the smallest then counts, as for "…, or 1+ years with a PhD").
const DEGREE_SENTENCE = new RegExp(
  `^\\s*(?:or\\s+)?with\\s+(?:an?\\s+)?(?:${alternatives(WORDS.degreeAlternatives)})(?![\\w.])`,
  'i',
);

/** Mentions of a line that offer alternatives ("5+ years with a BS, or 3+ years with an MS") as one chain each. */
function alternativeChains(line: string, mentions: YearsMention[]): YearsMention[][] {
  const chains: YearsMention[][] = [];
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    const gap = prev && prev.end !== undefined && m.start !== undefined ? line.slice(prev.end, m.start) : '';
    const sentences = gap.split(/[.;!?]\s/);
    const sameSentence = sentences.length === 1;
    const degreeSentence = !sameSentence && DEGREE_SENTENCE.test(sentences[sentences.length - 1]);
    if (prev && ((sameSentence && /\bor\b|\/|\binstead\b/i.test(gap)) || degreeSentence))
      chains[chains.length - 1].push(m);
    else chains.push([m]);
  });
  return chains;
}

/** Where a posting's overall years came from: a board's field, a general statement, or the areas it names. */
export type YearsSource = 'board' | 'general' | 'area';

/** The overall years of a posting, with the line it came from. */
export interface RequiredYears {
  requiredYears: number | null;
  evidence?: Evidence;
  /** Where the figure came from ("5 years of project management experience" alone is an area). */
  source?: YearsSource;
}

/** The statements of one line a posting asks for, alternatives reduced to their smallest ("…, or 1+ years with a PhD"). */
function lineStatements(line: string, lineNo: number, original: string): YearsMention[] {
  const mentions = yearsMentions(line, lineNo, original).filter((m) => !m.notRequirement);
  return alternativeChains(line, mentions).map((chain) => {
    const least = chain.reduce((a, b) => (b.years < a.years ? b : a));
    return { ...least, general: chain.some((m) => m.general) };
  });
}

/**
 * The overall years a posting requires: the board's field; else the largest general "N years of experience" (each
 * line's alternatives counting as their smallest, preferred lines only when no other says); else, when the posting
 * states only years of areas (`areas`: "5 years of project management experience"), the largest of those.
 */
export function requiredYears(
  lines: string[],
  originals = lines,
  preferred: (line: number, match: string) => boolean = () => false,
  areas: AreaYears[] = [],
): RequiredYears {
  const all = lines.flatMap((line, i) => lineStatements(line, i + 1, originals[i]));
  const board = all.find((m) => BOARD_FIELD.test(m.evidence.match));
  if (board) return { requiredYears: board.years, evidence: board.evidence, source: 'board' };
  const pick = (list: YearsMention[]) => {
    const firm = list.filter((m) => !preferred(m.evidence.line, m.evidence.match));
    return (firm.length ? firm : list).reduce<YearsMention | undefined>(
      (a, b) => (!a || b.years > a.years ? b : a),
      undefined,
    );
  };
  const general = pick(all.filter((m) => m.general));
  if (general) return { requiredYears: general.years, evidence: general.evidence, source: 'general' };
  const firm = areas.filter((a) => a.required);
  const area = (firm.length ? firm : areas).reduce<AreaYears | undefined>(
    (a, b) => (!a || b.years > a.years ? b : a),
    undefined,
  );
  if (area) return { requiredYears: area.years, evidence: area.evidence, source: 'area' };
  return { requiredYears: null };
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
      if (m.notRequirement) continue;
      // "8+ years of experience in data solutions" is overall; "5 years of experience with Kafka" is also Kafka's.
      if (m.general && (m.area === 'experience' || skillsOf(m.area).length === 0)) continue;
      const leading = /^(?:lead|leading|managing|manage|supervis|mentor)/i.test(m.area);
      const skills = leading ? ['Leadership'] : skillsOf(m.area);
      // "a new drug can take 15 years" names neither a skill nor experience: no years asked for.
      if (skills.length === 0 && !m.experiential) continue;
      out.push({ area: m.area, years: m.years, skills, required: isRequired(i + 1, m.area), evidence: m.evidence });
    }
  });
  return out;
}
