/**
 * Reads the candidate's name from the top of a resume (before its first section), letter-spaced display type
 * included, or from a labelled "Name: …" line.
 */
import { lexicon } from '../../lexicon/lexicon.js';
import { latinRegExp } from '../../lexicon/latin.js';
import { alternatives, phrases } from '../../lexicon/patterns.js';
import { resumeHeading, resumeSection, workHeading } from '../text/headings.js';
import { TITLE_WORDS } from '../text/titles.js';

// Two to four capitalised words or initials, an optional "Dr."; any script's letters ("José García-López",
// "R Arunravi", "Ramya. P", "B. Gokul").
const NAME = latinRegExp(
  String.raw`^(?:(?:[Dd]r|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$`,
  'u',
);
// On a resume's first line, a name may be written in any case ("arjun ks", "Vamsi krishna").
// Names' words are at most 20 letters: a 200,000-letter run is no name.
const FIRST_LINE_NAME = latinRegExp(String.raw`^\p{L}[\p{L}'’-]{0,19}\.?(?:\s+\p{L}[\p{L}'’.-]{0,19}){1,3}$`, 'u');
const LONG_WORD = latinRegExp(String.raw`\p{L}{3}`, 'u');
// Headings and labels templates put at the top, and job titles, are not names.
const NOT_NAME = new RegExp(phrases(lexicon().names.notNames), 'i');
// Pieces of one line: "Curriculum Vitae  John Doe", "Andy Dufresne | Headed for the Pacific".
const PIECES = /\s{2,}|\t|\s[|•·–—]\s/;
// "Name: Jane Roe", "Full Name - jane roe": a label, then the name in any case.
const LABELLED = new RegExp(`^(?:${alternatives(lexicon().names.labels)})\\s*[:：–-]\\s*(\\S[^:]*)$`, 'i');

// A line that opens a section ("Skill Highlights", "Work History"): what follows is content, never the name.
function opensSection(line: string): boolean {
  if (resumeSection(line)) return true;
  const heading = resumeHeading(line);
  return heading !== null && workHeading(heading) !== null;
}

// Capitals or lower case read as a name is written: "JOHN DOE" → "John Doe".
const asWritten = (name: string) =>
  name === name.toUpperCase() || name === name.toLowerCase()
    ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    : name;

/**
 * The first line, or piece of a line, near the top and above the first section heading that looks like a person's
 * name; else the value of a labelled "Name:" line. A short line inside a section ("Kronos Timekeeper" under "Skill
 * Highlights") is never the name.
 */
export function candidateName(lines: string[], email: string | null = null): string | null {
  return topName(lines, email) ?? labelledName(lines);
}

function topName(lines: string[], email: string | null): string | null {
  const first = lines.findIndex((l) => l.trim());
  for (const [n, raw] of lines.slice(0, 8).entries()) {
    if (opensSection(raw)) return null;
    const line = unspaced(raw.trim().replace(/^#+\s*/, ''), email);
    for (const piece of line.split(PIECES)) {
      const name = piece.trim();
      // Templates set the name in capitals or not; "JOHN DOE" and "John Doe" are one person. A line in
      // capitals that names a job ("CHILD FAMILY ADVOCATE") is a title.
      const capitalised = NAME.test(name);
      const shaped = capitalised || (n === first && FIRST_LINE_NAME.test(name));
      const title = TITLE_WORDS.test(name) && (!capitalised || name === name.toUpperCase());
      if (shaped && LONG_WORD.test(name) && !NOT_NAME.test(name) && !title) return asWritten(name);
    }
  }
  return null;
}

function labelledName(lines: string[]): string | null {
  for (const raw of lines) {
    const value = LABELLED.exec(raw.trim().slice(0, 120))?.[1]?.trim();
    if (value && FIRST_LINE_NAME.test(value) && LONG_WORD.test(value) && !NOT_NAME.test(value)) return asWritten(value);
  }
  return null;
}

/**
 * Letter-spaced display type ("J A R E D  R I C H A R D S") read back as words. pdf.js often gives one
 * space everywhere, and light tracking no visible gap at all (the loader joins it: "JAREDRICHARDS"), losing
 * the word break; then the e-mail or a given name shows it (`splitGlued`), else the line is left.
 */
export function unspaced(line: string, email: string | null): string {
  const t = line.trim();
  if (GLUED_RUN.test(t)) return splitGlued(t, email) ?? line;
  const tokens = line.split(' ').filter(Boolean);
  if (tokens.length < 5 || tokens.filter((t) => /^\p{L}{1,2}$/u.test(t)).length < 0.8 * tokens.length) return line;
  if (/\s{2,}/.test(line))
    return line
      .split(/\s{2,}/)
      .map((w) => w.replace(/\s/g, ''))
      .join(' ');
  return splitGlued(tokens.join(''), email) ?? line;
}

// One run of capitals, the length of a first and last name together: a name whose word gap was lost.
const GLUED_RUN = /^\p{Lu}{6,30}$/u;
const GIVEN = new Set(lexicon().names.givenNames.map((n) => n.toLowerCase()));

/**
 * A glued name's letters with the gap back, or null. The e-mail tells where: "first.last" (or _ -) spells both,
 * "jsmith" is the first initial and the whole last name. Else a known given name that starts the letters (the
 * longest that leaves a last name of three letters or more) and that the e-mail agrees with ("JAREDRICHARDS"
 * with jaredrich@… → "JARED RICHARDS").
 */
export function splitGlued(letters: string, email: string | null): string | null {
  const low = letters.toLowerCase();
  const at = (k: number) => `${letters.slice(0, k)} ${letters.slice(k)}`;
  const local = (email?.split('@')[0] ?? '').toLowerCase();
  const [first, last] = local.split(/[._-]/);
  if (first && last && low === first + last) return at(first.length);
  if (/^[a-z]{4,}$/.test(local) && low[0] === local[0] && low.endsWith(local.slice(1)) && low.length > local.length)
    return at(low.length - local.length + 1);
  // A given name alone could split a job in capitals ("ANALYST" is no "Ana Lyst"): the e-mail must agree, its
  // letters the first name and the start of the last ("jaredrich"), or the last name first ("richardsj").
  const mail = local.replace(/[^a-z]/g, '');
  for (let k = low.length - 3; k >= 2; k--) {
    const [given, family] = [low.slice(0, k), low.slice(k)];
    const agrees =
      (mail.length > given.length && mail.startsWith(given) && family.startsWith(mail.slice(k))) ||
      mail.startsWith(family);
    if (GIVEN.has(given) && agrees) return at(k);
  }
  return null;
}
