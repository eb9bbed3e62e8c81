// The eval's own table from annotated degree text to an education level. Kept apart from the
// product's patterns on purpose: the product is measured against it, so it must not share them.
// Levels use the product's names (types.ts EDUCATION_LEVELS) so the two can be compared.

/** Levels in order, lowest first (the same names and order as the product's). */
export const LEVELS = ['high school', 'certificate', 'associate', 'bachelor', 'master', 'doctorate'];

// A dot or space may sit between an abbreviation's letters ("B.Tech", "B. Tech", "B-TECH", "BTech").
const abbr = (letters) => letters.split('').join('[.\\s-]{0,2}');
// Not inside a word, nor inside a longer dotted abbreviation ("B.S" is not a degree inside "C.B.S.E.").
const word = (body) => new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}\\.)(?:${body})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'iu');

/** Degree vocabulary per level; a span's level is the highest degree level it names (see `degreeLevel`). */
export const DEGREE_TABLE = [
  {
    level: 'doctorate',
    patterns: ['ph\\.?\\s?d', 'doctorate', 'doctoral', 'doctor of', 'd\\.?\\s?phil', abbr('md'), abbr('edd')],
  },
  {
    level: 'master',
    patterns: [
      "master'?s?",
      'masters',
      'mba',
      'mca',
      'mfc',
      'mphys',
      'mphil',
      'll\\.?\\s?m',
      abbr('mtech'),
      abbr('msc'),
      abbr('ms'),
      abbr('me'),
      abbr('meng'),
      abbr('ma'),
      abbr('mcom'),
      abbr('mba'),
      abbr('mca'),
      'post ?graduate degree',
    ],
  },
  {
    level: 'bachelor',
    patterns: [
      "bachelor'?s?",
      'bca',
      'bba',
      'bbm',
      'llb',
      'mbbs',
      abbr('btech'),
      abbr('be'),
      abbr('bsc'),
      abbr('bs'),
      abbr('ba'),
      abbr('bcom'),
      abbr('beng'),
      abbr('bed'),
      abbr('barch'),
      abbr('bpharm'),
      abbr('bca'),
      abbr('bba'),
      'undergraduate degree',
    ],
  },
  {
    level: 'associate',
    patterns: ["associate'?s? degree", 'associate of', 'associate in', abbr('aas'), 'a\\.a\\.', 'a\\.s\\.'],
  },
  {
    level: 'high school',
    patterns: [
      'high school',
      'higher secondary',
      'senior secondary',
      'secondary school',
      'secondary education',
      abbr('ssc'),
      abbr('sslc'),
      abbr('hsc'),
      abbr('cbse'),
      abbr('icse'),
      'isc',
      '10th',
      '12th',
      'x th',
      'xii',
      '\\+\\s?2',
      'intermediate',
      'matriculation',
      'ged',
      "'?[ao]'? levels?",
      'gcse',
      'board of (?:secondary|intermediate|higher)',
    ],
  },
  {
    level: 'certificate',
    patterns: [
      'diploma',
      'certificate',
      'certification',
      'certified',
      'hnc',
      'hnd',
      'btec',
      'pgdca',
      abbr('pgdca'),
      'bootcamp',
      'nanodegree',
    ],
  },
].map((row) => ({ ...row, res: row.patterns.map(word) }));

/** Levels ranked as degrees: a span naming one of these gets the highest; otherwise high school, then certificate. */
const DEGREE_RANK = ['doctorate', 'master', 'bachelor', 'associate'];
const FALLBACK = ['high school', 'certificate'];

/** Every level the table finds in a text. */
export function levelsIn(text) {
  return DEGREE_TABLE.filter((row) => row.res.some((re) => re.test(text))).map((row) => row.level);
}

/**
 * The level an annotated degree names, or null when the table finds none (a field of study, a year,
 * "Still Studying"): "BCA, MBA" is a master; "Higher Secondary Certificate" is high school, not a certificate.
 */
export function degreeLevel(text) {
  const found = levelsIn(String(text ?? ''));
  return DEGREE_RANK.find((l) => found.includes(l)) ?? FALLBACK.find((l) => found.includes(l)) ?? null;
}

/** The higher of two levels (null is lowest). */
export function higher(a, b) {
  if (a === null || a === undefined) return b ?? null;
  if (b === null || b === undefined) return a;
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}
