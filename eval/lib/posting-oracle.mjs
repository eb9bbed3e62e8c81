// What a posting's own words state, for the posting figures: a years requirement, a degree.

const NUMBER = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)';
const YEARS = `${NUMBER}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*${NUMBER}\\s*\\+?\\s*)?(?:years?|yrs?)\\b`;
// "5+ years of experience", "3-5 years' hands-on experience in", "experience: 4 years", "minimum of two years".
const YEARS_STATED = [
  new RegExp(`\\b${YEARS}['’]?[^.;\\n]{0,60}?\\bexperience`, 'i'),
  new RegExp(`\\bexperience\\b[^.;\\n]{0,30}?\\b${YEARS}`, 'i'),
  new RegExp(`\\b(?:minimum|at least)\\s+(?:of\\s+)?${YEARS}`, 'i'),
];
/** True when a posting states a years requirement in numbers or number words. */
export function statesYears(text) {
  return YEARS_STATED.some((re) => re.test(text));
}

// Degree words; abbreviations only in their degree spelling ("BS/MS", "B.S.", "M.Sc"), not "MS Office".
const DEGREE =
  /\b(?:[Bb]achelor|BACHELOR|[Mm]aster'?s\b|[Mm]asters\b|[Mm]aster of|MASTER'?S|Ph\.?\s?D\b|PHD\b|[Dd]octorate|MBA\b|B\.S\.|M\.S\.|B\.Sc\b|M\.Sc\b|BS\/MS|MS\/PhD|BS\/BA|BA\/BS|[Dd]egree\b|DEGREE\b)/;
/** True when a posting names a degree. */
export function statesDegree(text) {
  return DEGREE.test(text);
}
