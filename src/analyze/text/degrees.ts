/** Reads education levels ("B.S.", "Master's", "Ph.D.", "bootcamp certificate", "high-school diploma") from text. */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import { EDUCATION_LEVELS, type EducationLevel } from '../../types.js';

const DEGREES = lexicon().degrees;
// Per level, its words (any case) and then its abbreviations, matched as written: "MS Excel" is not a degree,
// "Boston, MA" is a place. The first of a level's patterns that a line matches names the level.
const LEVEL_PATTERNS: [RegExp, EducationLevel][] = DEGREES.levels.flatMap((l) => [
  [new RegExp(phrases(l.words), 'i'), l.level] as [RegExp, EducationLevel],
  ...(l.abbreviations
    ? [
        [
          new RegExp(
            phrases(l.abbreviations, { start: 'abbreviation', notBefore: l.notBefore, onlyBefore: l.onlyBefore }),
          ),
          l.level,
        ] as [RegExp, EducationLevel],
      ]
    : []),
]);
const INSTITUTION = new RegExp(phrases(DEGREES.institutions), 'i');

/** Every education level a line names, with the words that named it. */
export function levelsInLine(line: string): { level: EducationLevel; match: string; index: number }[] {
  const out: { level: EducationLevel; match: string; index: number }[] = [];
  for (const [re, level] of LEVEL_PATTERNS) {
    const m = re.exec(line);
    if (m && !out.some((o) => o.level === level)) out.push({ level, match: m[0], index: m.index });
  }
  return out;
}

/** Position of a level (0 = high school). */
export function educationOrder(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** The field of study written with a degree ("M.S. in Computer Science, Columbia" → "Computer Science"). */
export function fieldAfter(line: string, matchEnd: number): string | null {
  const rest = line
    .slice(matchEnd)
    .replace(
      /^[\s,(:\-–—]*(?:(?:degrees?|certificate|diploma)\b\s*)?(?:(?:of|in)\s+)?(?:(?:science|arts|engineering|applied science)\s+(?:in|,)\s*)?/i,
      '',
    );
  const field = /^[^,;|()–—\d]*/
    .exec(rest)![0]
    .replace(/(?<!\s)\s+(?:from|at)\s.*$/i, '')
    .replace(/[*_]+/g, '')
    .trim();
  if (
    field.length < 2 ||
    field.length > 60 ||
    INSTITUTION.test(field) ||
    /^(?:degree|or|and|required|preferred)\b/i.test(field)
  )
    return null;
  return field;
}
