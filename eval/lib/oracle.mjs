// What the page text shows (pdftotext), for the livecareer oracle: degree words with their level.
import { LEVELS } from './degrees.mjs';

// Followed by what marks a degree label: a colon ("BA : History"), "in Field", or "degree".
const LABEL = '(?=\\s*:|\\s+in\\s+\\p{Lu}|\\s+[Dd]egree\\b)';
// Dotted abbreviations end in a dot ("B.S.") or stand as a label ("B.S : Accounting").
const dotted = (...abbrs) => `(?:${abbrs.join('|')})(?:\\.|${LABEL})`;
const labels = (...abbrs) => `\\b(?:${abbrs.join('|')})${LABEL}`;

// On a free page (not an annotated span) only unambiguous words count: "Master" alone is a chef's
// title, "MA" a state, "High School" a teacher's workplace. Abbreviations are case-sensitive.
const PAGE_DEGREES = [
  ['doctorate', `\\b(?:Ph\\.?\\s?D\\b|[Dd]octorate\\b|[Dd]octor of (?:Philosophy|Education))`],
  [
    'master',
    `\\b(?:[Mm]aster'?s\\b|[Mm]asters\\b|[Mm]aster of\\b|MASTERS?\\b|MBA\\b|M\\.B\\.A\\b|M\\.?Sc\\b|M\\.Ed\\b)|\\b${dotted('M\\.S', 'M\\.A', 'M\\.E')}|${labels('MS', 'MA', 'MSN', 'MEd', 'MPA', 'MPH')}`,
  ],
  [
    'bachelor',
    `\\b(?:[Bb]achelor|BACHELOR|BSc\\b|B\\.Sc\\b|BBA\\b|B\\.B\\.A\\b)|\\b${dotted('B\\.S', 'B\\.A', 'B\\.E')}|${labels('BS', 'BA', 'BSN', 'BFA', 'BE', 'BEng')}`,
  ],
  [
    'associate',
    `\\b(?:[Aa]ssociate'?s? (?:[Dd]egree|of|in)\\b|ASSOCIATES?\\b(?= OF| IN| DEGREE))|\\b${dotted('A\\.A', 'A\\.S', 'A\\.A\\.S')}|${labels('AA', 'AS', 'AAS', 'ADN')}`,
  ],
  ['high school', `\\b(?:[Hh]igh [Ss]chool [Dd]iploma|HIGH SCHOOL DIPLOMA|GED\\b)`],
].map(([level, source]) => [level, new RegExp(source, 'u')]);

/** Levels of the degree words a page shows, highest first. */
export function pageDegreeLevels(text) {
  return PAGE_DEGREES.filter(([, re]) => re.test(text))
    .map(([level]) => level)
    .sort((a, b) => LEVELS.indexOf(b) - LEVELS.indexOf(a));
}
