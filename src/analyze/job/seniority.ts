/** The seniority a posting asks for, with its basis: its title, a board's level field, its years, a body cue, or a default. */
import { lexicon } from '../../lexicon/lexicon.js';
import { alternatives, phrases } from '../../lexicon/patterns.js';
import type { Evidence, JobSeniority, Seniority, SeniorityBasis } from '../../types.js';
import { seniorityOfTitle, trackOf } from '../text/seniority.js';

const WORDS = lexicon().seniority;
const POSTING = WORDS.posting;
// "Experience level: Mid-Senior", "Seniority Senior": a job board's field line.
const BOARD_LEVEL = new RegExp(
  `^\\s*(?:${alternatives(WORDS.boardLabels)})(?:\\s*:\\s+|\\s+)(${alternatives(Object.keys(WORDS.boardLevels))})\\s*$`,
  'i',
);
const levels = (list: { level: Seniority; words: string[] }[]): [RegExp, Seniority][] =>
  list.map((l) => [new RegExp(phrases(l.words), 'i'), l.level]);
const TITLE_LEVELS = levels(POSTING.titleLevels);
// "Mentor junior engineers", "mentoring other team members": the duty names whom; "growth through mentoring" is a perk.
const MENTORING = new RegExp(
  `\\b(?:${alternatives(POSTING.mentorVerbs)})\\s+(?:[\\w-]+\\s+){0,3}?${phrases(POSTING.mentees)}`,
  'i',
);
const BODY_CUES: [RegExp, Seniority][] = [...levels(POSTING.bodyCues), [MENTORING, 'senior']];
// "As a Lead Machine Learning Engineer, you will…", "Job Title: Senior Cloud Engineer", "The Staff Data Scientist
// will…": the body names the posting's role with its level. After "work with", "report to" the role is someone else's.
const ROLE = POSTING.bodyRole;
const BODY_ROLE = new RegExp(
  `\\b(?:${alternatives(ROLE.leads)})\\s+` +
    `((?:${alternatives(ROLE.levels)})(?:\\s+[\\w/&+.-]+){0,4}?\\s+(?:${alternatives(ROLE.nouns)}))\\b`,
  'gi',
);
// Checked on the few characters before a match (a lookbehind would run at every position of every line).
const SOMEONE_ELSES = new RegExp(`\\b(?:${alternatives(ROLE.notAfter)})\\s+$`, 'i');
// "Machine Learning Engineer II", "Data Scientist III - Remote", "Analyst, Level 2": a grade closes a part of the title.
const NUMERALS = Object.keys(POSTING.grades).filter((g) => !/^\d+$/.test(g));
const GRADE = new RegExp(
  `(?:\\b(?:${alternatives(POSTING.gradeLabels)})\\s+(${alternatives(Object.keys(POSTING.grades))})|\\s(${alternatives(NUMERALS)}))(?=\\s*(?:$|[-–—,:|/()]))`,
  'i',
);

/** How sure each basis is: a title or a board field says the level; years and cues suggest it; a default guesses. */
const CONFIDENCE: Record<SeniorityBasis, number> = { title: 0.9, board: 0.9, years: 0.7, cue: 0.6, default: 0.2 };
/** A title restated in the body: the role's own words, a little less sure than the title line. */
const BODY_TITLE_CONFIDENCE = 0.8;
/**
 * The level of a posting that names none, asks for no years and gives no cue: open to a beginner. Senior postings
 * mostly say so (title, years); the score does not count a default level either way.
 */
const DEFAULT_LEVEL: Seniority = 'junior';

/** The level a posting's title names: its words (brackets and commas read as spaces: "(Senior)", "Senior,"), or a grade. */
export function postingTitleLevel(title: string): { level: Seniority; match: string } | null {
  const spaced = title.replace(/[()[\],;|]+/g, ' ');
  const named = seniorityOfTitle(spaced);
  if (named) return { level: named, match: title };
  for (const [re, level] of TITLE_LEVELS) if (re.test(spaced)) return { level, match: title };
  const grade = GRADE.exec(title);
  const level = grade && POSTING.grades[(grade[1] ?? grade[2]).toLowerCase()];
  return level ? { level, match: grade[0].trim() } : null;
}

// The lexicon's bands, highest first, so the first band that starts at or below the years is theirs.
const YEARS_BANDS = [...POSTING.yearsLevels].sort((a, b) => b.from - a.from);

/**
 * The level years place, by the lexicon's bands (under 3 entry, 3 to under 5 mid, 5 and more senior): a fraction
 * sits in the band it falls in, so "at least 2.5 years" is entry as "2+ years" is, and "4.5 years" mid.
 */
export function levelOfYears(years: number): Seniority {
  return (YEARS_BANDS.find((b) => years >= b.from) ?? YEARS_BANDS[YEARS_BANDS.length - 1]).level;
}

function bodyCue(lines: string[]): { level: Seniority; evidence: Evidence } | null {
  for (const [re, level] of BODY_CUES)
    for (let i = 0; i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (m) return { level, evidence: { line: i + 1, text: lines[i], match: m[0] } };
    }
  return null;
}

/** The first body line (after the title's) that names the posting's role with a level word. */
function bodyRoleLevel(lines: string[], from = 0): { level: Seniority; evidence: Evidence } | null {
  for (let i = from; i < lines.length; i++)
    for (const m of lines[i].matchAll(BODY_ROLE)) {
      if (SOMEONE_ELSES.test(lines[i].slice(Math.max(0, m.index - 20), m.index))) continue;
      const level = postingTitleLevel(m[1])?.level;
      if (level) return { level, evidence: { line: i + 1, text: lines[i], match: m[1] } };
    }
  return null;
}

function make(
  required: Seniority,
  basis: SeniorityBasis,
  evidence?: Evidence,
  confidence = CONFIDENCE[basis],
): JobSeniority {
  return {
    required,
    track: trackOf(required),
    basis,
    confidence,
    ...(evidence ? { evidence } : {}),
  };
}

/**
 * The seniority a posting asks for, never without a level: its title first, then a board's level field, then its
 * role as the body names it ("As a Lead ML Engineer, you…", basis `title`), then the years it asks for, then a cue in its body ("recent graduates welcome", "you will mentor junior engineers"), else
 * the default (basis `default`, which the score does not count).
 */
export function jobSeniority(
  title: string,
  lines: string[],
  requiredYears: number | null,
  yearsEvidence?: Evidence,
): JobSeniority {
  const fromTitle = postingTitleLevel(title);
  if (fromTitle) {
    const at = lines.findIndex((l) => l.includes(title));
    return make(fromTitle.level, 'title', { line: at + 1, text: lines[at] ?? title, match: fromTitle.match });
  }
  for (let i = 0; i < lines.length; i++) {
    const m = BOARD_LEVEL.exec(lines[i]);
    const level = m ? WORDS.boardLevels[m[1].toLowerCase()] : undefined;
    if (level) return make(level, 'board', { line: i + 1, text: lines[i], match: m![0].trim() });
  }
  const titleLine = lines.findIndex((l) => l.includes(title));
  const role = bodyRoleLevel(lines, titleLine + 1);
  if (role) return make(role.level, 'title', role.evidence, BODY_TITLE_CONFIDENCE);
  if (requiredYears !== null) return make(levelOfYears(requiredYears), 'years', yearsEvidence);
  const cue = bodyCue(lines);
  if (cue) return make(cue.level, 'cue', cue.evidence);
  return make(DEFAULT_LEVEL, 'default');
}

/** The posting as the score reads it: a default level is a guess, so it asks for no level. */
export function withStatedSeniority<T extends { seniority: JobSeniority }>(job: T): T {
  return job.seniority.basis === 'default' ? { ...job, seniority: { ...job.seniority, required: null } } : job;
}
