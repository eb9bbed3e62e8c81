// Loose matching of a label against what fitcheck read: the eval's own rule, written down in eval/README.md.

/** A text's loose form: accents dropped, case folded, every run of non-letters/digits one space. */
export function loose(text) {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const words = (text) => (text ? text.split(' ') : []);

/** True when `needle`'s words appear, in order and contiguous, among `hay`'s words. */
export function containsWords(hay, needle) {
  const h = words(hay);
  const n = words(needle);
  if (n.length === 0 || n.length > h.length) return false;
  for (let i = 0; i + n.length <= h.length; i++) if (n.every((w, j) => h[i + j] === w)) return true;
  return false;
}

/** Share of the longer text's words the shorter must cover when one contains the other. */
export const MIN_COVER = 0.6;

/**
 * Loose match of two texts: equal loose forms, or one's words contiguous in the other's covering at
 * least MIN_COVER of the longer ("Software Engineer" ~ "Senior Software Engineer", not "Engineer").
 */
export function looseMatch(a, b) {
  const x = loose(a);
  const y = loose(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = words(x).length <= words(y).length ? [x, y] : [y, x];
  return containsWords(long, short) && words(short).length / words(long).length >= MIN_COVER;
}

// Legal forms and filler that an employer's name may carry or drop ("Infosys Limited" is Infosys).
const LEGAL_FORM =
  /\b(?:pvt|private|ltd|limited|inc|incorporated|llc|llp|plc|corp|corporation|co|company|gmbh|ag|sa|the)\b/g;

/** An employer's loose form without its legal form. */
export function employerForm(text) {
  return loose(text).replace(LEGAL_FORM, ' ').replace(/\s+/g, ' ').trim();
}

/** Loose match of two employer names, legal forms ignored. */
export function employerMatch(a, b) {
  return looseMatch(employerForm(a), employerForm(b));
}

/** A person's name read right: the same words, in any order ("Jha Abhishek" is Abhishek Jha). */
export function nameMatch(expected, read) {
  const x = words(loose(expected)).sort().join(' ');
  return x !== '' && x === words(loose(read)).sort().join(' ');
}
