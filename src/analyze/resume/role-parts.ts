/**
 * Tells the parts of a role's heading lines apart (title, employer, place) by scored features, each with
 * the reason it adds: title words, employer words, an employer's line ("Acme -", "Acme - City, State"),
 * words after "at", the line's place next to the date. Title and employer come from the scores, not
 * from the order of lines, so "Acme" above "Team Member" and "Team Member" above "Acme -" both read right.
 */
import { lexicon } from '../../lexicon/lexicon.js';
import { latinRegExp } from '../../lexicon/latin.js';
import { phrases } from '../../lexicon/patterns.js';
import { TITLE_WORDS, WORKPLACE } from '../text/titles.js';

const EMPLOYER_WORDS = new RegExp(phrases(lexicon().titles.employerWords), 'i');
const HEAD_NOUN = new RegExp(`${TITLE_WORDS.source}\\W*$`, 'i');
const T = lexicon().titles;
// "Working as a Configuration Engineer in Acme, Pune from July 2015": a role said in a sentence.
const ROLE_SENTENCE = new RegExp(
  `^(?:[-*•]\\s*)?${phrases(T.roleLeads)}\\s+(?:an?\\s+)?(.{2,60}?)\\s+${phrases(T.employerLeads)}\\s+([^,;(]{2,60}?)(?:\\s*[,;(].*|\\s+(?:from|since)\\b.*)?$`,
  'i',
);
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
// Segments of a heading line: " - ", "|", a tab, a wide gap, and "｜" (which some PDFs give as "ï¼").
const SEGMENTS = /\s+[-–—|]\s+|\s*[|｜\t]\s*|ï¼|\s{3,}|\s+-\s*$/;
// Pieces of a segment: commas, bullets, "@", " at ", slashes between spaces, two spaces.
const PIECES = /\s*(?:[,·•@]|\bat\b| \/ |\s{2,})\s*/;
// "San Francisco, CA", and "City , State" as PDF text spaces it: a place, never a name.
const STATE_PLACE = /\b(?<![\w.'’-])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, ?[A-Z]{2}\b(?: \d{4,5})?/g;
const SPACED_PLACE = latinRegExp(String.raw`\b\p{Lu}[\p{L}.'’-]* , \p{Lu}[\p{L}'’-]*`, 'gu');
const CAPITALISED = latinRegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$`, 'u');

/** A piece of a role's heading lines, where it stands, and what its features say. */
export interface Part {
  text: string;
  /** The line it is on, relative to the date line (0: the date line, -1 the line above, 1 below). */
  offset: number;
  /** Points for being the title, and for being the employer. */
  title: number;
  employer: number;
  /** The features that gave the points ("title word", "employer line"), for explaining a reading. */
  why: string[];
}

const clean = (t: string) =>
  t
    .slice(0, 200)
    .replace(/\*\*|__/g, '')
    .replace(/^[|,·•–—()\-\s*#:/]+|[|,·•–—()\-\s:/]+$/g, '')
    .trim();

// A segment that is a place: comma-separated capitalised words naming no job and no company ("Pune, Maharashtra").
function isPlace(segment: string): boolean {
  const pieces = segment
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    pieces.length >= 2 &&
    pieces.length <= 3 &&
    pieces.every((p) => CAPITALISED.test(p)) &&
    !TITLE_WORDS.test(segment) &&
    !EMPLOYER_WORDS.test(segment)
  );
}

/** The parts of one heading line (its date taken out), scored; `offset` says where the line stands. */
export function lineParts(text: string, offset: number): Part[] {
  // Role headings are short: a long line keeps its first 200 characters (the patterns below stay linear).
  text = text.slice(0, 200);
  const said = ROLE_SENTENCE.exec(text.trim());
  if (said && TITLE_WORDS.test(said[1])) {
    const title = score(clean(said[1]), offset, false, false);
    const employer = score(clean(said[2]), offset, false, true);
    title.title += 3;
    title.why.push('after "working as"');
    return [title, employer];
  }
  const line = text.replace(/^#+\s*/, '').replace(/\([^)]*\)?/g, ' ');
  const segments = line.split(SEGMENTS).map((s) => s?.trim() ?? '');
  // "Acme -", "Acme - Pune, Maharashtra -": the line of an employer and its place.
  const placeDropped = segments.filter((s) => s && isPlace(s)).length > 0;
  const employerLine = /\s-\s*$/.test(line.trim()) || (segments.filter(Boolean).length >= 2 && placeDropped);
  const out: Part[] = [];
  let atSeen = false;
  for (const segment of segments) {
    if (!segment || isPlace(segment)) continue;
    const unplaced = segment
      .replace(STATE_PLACE, (m) => (TITLE_WORDS.test(m) ? m : '   '))
      .replace(SPACED_PLACE, '   ');
    for (const raw of unplaced.split(/(\s+at\s+|\s*@\s*)/)) {
      if (/^\s*(?:at|@)\s*$/.test(raw)) {
        atSeen = true;
        continue;
      }
      for (const piece of raw.split(PIECES).map(clean)) {
        if (!piece || WORKPLACE.test(piece) || URL.test(piece)) continue;
        out.push(score(piece, offset, employerLine && out.length === 0, atSeen));
      }
    }
  }
  return out;
}

function score(text: string, offset: number, firstOnEmployerLine: boolean, afterAt: boolean): Part {
  const p: Part = { text, offset, title: 0, employer: 0, why: [] };
  const add = (title: number, employer: number, why: string) => {
    p.title += title;
    p.employer += employer;
    p.why.push(why);
  };
  if (TITLE_WORDS.test(text)) add(3, -1, 'title word');
  // The job word ends a title ("Bank Teller", "Systems Engineer"), not an employer's name.
  if (HEAD_NOUN.test(text)) add(2, 0, 'ends in a job word');
  if (EMPLOYER_WORDS.test(text)) add(-2, 3, 'employer word');
  if (firstOnEmployerLine) add(-1, 2, 'employer line');
  if (afterAt) add(-1, 2, 'after "at"');
  const words = text.split(/\s+/).length;
  // A sentence run into the heading ("I directly support the sales team") is neither.
  if (words > 7 || (/^\p{Ll}/u.test(text) && words > 2)) add(-3, -3, 'prose');
  return p;
}

/**
 * Title and employer from the scored parts, given nearest-first (the date line's own, then the lines the
 * layout puts the heading on). The title has the best lead of title over employer points (ties: the
 * nearest); the employer the best lead the other way among the rest, and never a part that names a job
 * without naming a company.
 */
export function pickTitleAndEmployer(parts: Part[]): { title: Part | null; employer: Part | null } {
  const usable = parts.filter((p) => p.title > -3 || p.employer > -3);
  let title: Part | null = null;
  for (const p of usable) if (!title || p.title - p.employer > title.title - title.employer) title = p;
  let employer: Part | null = null;
  for (const p of usable) {
    if (p === title || (p.title > 0 && p.employer <= 0)) continue;
    if (!employer || p.employer - p.title > employer.employer - employer.title) employer = p;
  }
  return { title, employer };
}

/** True when one of the parts names a job. */
export const namesJob = (parts: Part[]) => parts.some((p) => p.title > 0 && p.title > p.employer);
