/**
 * Tells the parts of a role's heading lines apart (title, employer, place) by scored features, each with
 * the reason it adds: title words, employer words, an employer's line ("Acme -", "Acme - City, State"),
 * words after "at", the line's place next to the date. Title and employer come from the scores, not
 * from the order of lines, so "Acme" above "Team Member" and "Team Member" above "Acme -" both read right.
 */
import { lexicon } from '../../lexicon/lexicon.js';
import { latinRegExp } from '../../lexicon/latin.js';
import { phrases } from '../../lexicon/patterns.js';
import { INTERNSHIP, TITLE_WORDS, WORKPLACE } from '../text/titles.js';

const EMPLOYER_WORDS = new RegExp(phrases(lexicon().titles.employerWords), 'i');
const HEAD_NOUN = new RegExp(`${TITLE_WORDS.source}\\W*$`, 'i');
const T = lexicon().titles;
// "Manager of Information Technology", "Director of Operations": a job word, then "of" and its field.
const JOB_OF = new RegExp(`^(?:\\S+\\s+){0,2}?${TITLE_WORDS.source}\\s+of\\s`, 'i');
// Every job word of a text, for where the last one ends ("Accountant III Company Name": the title ends at "III").
const JOB_WORDS = new RegExp(TITLE_WORDS.source, 'gi');
const GRADE = new RegExp(`^\\s+${phrases(T.grades)}(?=\\s|$)`, 'i');
// "Working as a Configuration Engineer in Acme, Pune from July 2015": a role said in a sentence.
const ROLE_SENTENCE = new RegExp(
  `^(?:[-*•]\\s*)?${phrases(T.roleLeads)}\\s+(?:an?\\s+)?(.{2,60}?)\\s+${phrases(T.employerLeads)}\\s+([^,;(]{2,60}?)(?:\\s*[,;(].*|\\s+(?:from|since)\\b.*)?$`,
  'i',
);
// "Worked with Acme, Pune as Software Engineer from 2015": the employer first, then "as" and the title.
const EMPLOYER_SENTENCE = new RegExp(
  `^(?:[-*•]\\s*)?${phrases(T.employerFirstLeads)}\\s+([^,;(]{2,60}?)(?:\\s*,[^,;]{1,40}?)?\\s+as\\s+(?:an?\\s+)?([^,;(.]{2,60}?)(?=[,;(.]|\\s+(?:from|since|till|for|in|at|with)\\b|\\s*$)`,
  'i',
);
// "Company: Globex Pvt Ltd", "Designation: Analyst | Company: Initech": fields labelled with what they are.
const FIELD_LABEL = new RegExp(`(?:^|[\\s,|/;•-])(${phrases([...T.employerLabels, ...T.titleLabels])})\\s*:\\s*`, 'gi');
const EMPLOYER_LABEL = new RegExp(`^${phrases(T.employerLabels)}$`, 'i');
// "Duration", "Team Size": the label of a role's detail, never its title or employer.
const DETAIL_LABEL = new RegExp(`^${phrases(T.roleDetailLabels)}$`, 'i');
// "Client: Initech", "Client Initech -": whom a consultant's work was for, never the employer (nor the title).
const CLIENT = new RegExp(`^(?:[-*•]\\s*)?${phrases(T.clientLabels)}\\s*([:–-])?\\s*`, 'i');
// "Globex - Client: Initech", "Globex | Client- Initech": the client named after the employer on its line, cut off.
const CLIENT_TAIL = new RegExp(`[-–|,(]\\s*${phrases(T.clientLabels)}\\s*[:–-]`, 'i');
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
// Where a place stood inside a segment (a private-use character, as the brackets' marks below).
const PLACE_MARK = '\uE003';
// Segments of a heading line: " - ", "|", a tab, a wide gap, and "｜" (which some PDFs give as "ï¼").
const SEGMENTS = /\s+[-–—|]\s+|\s*[|｜\t]\s*|ï¼|\s{3,}|\s+-\s*$/;
// Pieces of a segment: commas, bullets, "@", " at ", two spaces. A slash parts pieces unless all name jobs.
const PIECES = /\s*(?:[,·•@]|\bat\b|\s{2,})\s*/;
// "San Francisco, CA", and "City , State" as PDF text spaces it: a place, never a name.
const STATE_PLACE = /\b(?<![\w.'’-])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, ?[A-Z]{2}\b(?: \d{4,5})?/g;
const SPACED_PLACE = latinRegExp(String.raw`\b\p{Lu}[\p{L}.'’-]* , \p{Lu}[\p{L}'’-]*`, 'gu');
const CAPITALISED = latinRegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$`, 'u');
// A bracket of words that belongs to the name before it ("Delivery Manager (Platform Services)",
// "Starkware (Vendor @ Initech)"); brackets with figures (dates, durations), lists, e-mail addresses and notes
// of the kind of job ("(Remote)", "(Intern)": the internship is read from the line) are dropped.
const BRACKET = /\(([^()]*)\)?/g;
const KEPT = /\uE000(.)\uE001/g;
// "I have worked as …", "My role: …": a sentence in the first person, at a piece's start or after a full stop.
const FIRST_PERSON = latinRegExp(`(?:^|[.!?]\\s+)${phrases(T.firstPerson)}\\s+\\p{L}`, 'iu');
// "Manager in Training": words after a job word that are still the title (data/lexicon/titles.json).
const CONTINUED = new RegExp(phrases(T.titleContinuations), 'i');

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
    !EMPLOYER_WORDS.test(segment) &&
    !/\uE000/.test(segment)
  );
}

/** A piece before scoring, with what its place in the line says. */
interface Piece {
  text: string;
  employerLine: boolean;
  /** Said as the employer's ("after \"at\"", "after \"in\""), or named after the title on its line. */
  lead?: 'after "at"' | 'after "in"' | 'after the title';
  /** Written after a place on its segment ("Acme City , State Hostess": Hostess). */
  afterPlace?: boolean;
}

// Slash-separated pieces stay one title when every one names a job ("Functional Consultant / WM Lead").
function slashPieces(piece: string): string[] {
  const parts = piece.split(' / ');
  return parts.length > 1 && !parts.every((p) => TITLE_WORDS.test(p)) ? parts : [piece];
}

/**
 * A title and an employer run together with no separator, as PDF text gives them ("Accountant III Acme Corp"
 * over "City , State"): the title ends at its last job word (and a grade), the rest is the employer when it
 * is capitalised and the line is an employer's or the rest names a company. Null when the piece does not part.
 */
function titleThenName(piece: string, employerLine: boolean): [string, string] | null {
  if (HEAD_NOUN.test(piece.replace(KEPT, ''))) return null;
  let end = -1;
  for (const m of piece.matchAll(JOB_WORDS)) end = m.index + m[0].length;
  if (end < 0) return null;
  const grade = GRADE.exec(piece.slice(end));
  if (grade) end += grade[0].length;
  const title = piece.slice(0, end).trim();
  const rest = piece
    .slice(end)
    .replace(/^[\s\-–—,]+/, '')
    .trim();
  if (!/^\p{Lu}/u.test(rest) || rest.split(/\s+/).length > 6 || TITLE_WORDS.test(rest)) return null;
  return employerLine || EMPLOYER_WORDS.test(rest) ? [title, rest] : null;
}

// "HR Executive in Globex", "Job Profile in Initech Pvt Ltd": the title before "in" (if it is one), the name after:
// a capitalised name of up to five words that names no job.
function titleInName(piece: string): [string | null, string] | null {
  const at = piece.indexOf(' in ');
  if (at <= 0 || CONTINUED.test(piece)) return null;
  const head = piece.slice(0, at).trim();
  const name = piece.slice(at + 4).trim();
  if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 5 || TITLE_WORDS.test(name)) return null;
  if (HEAD_NOUN.test(head)) return [head, name];
  return EMPLOYER_WORDS.test(name) ? [TITLE_WORDS.test(head) ? head : null, name] : null;
}

/** The parts of one heading line (its date taken out), scored; `offset` says where the line stands. */
export function lineParts(text: string, offset: number): Part[] {
  // Role headings are short: a long line keeps its first 200 characters (the patterns below stay linear).
  text = text.slice(0, 200);
  const client = clientPart(text.trim(), offset);
  if (client) return [client];
  const tail = text.search(CLIENT_TAIL);
  if (tail > 0) text = text.slice(0, tail);
  const said = saidInSentence(text.trim(), offset) ?? labelledFields(text, offset);
  if (said) return said;
  const kept: string[] = [];
  const line = text.replace(/^#+\s*/, '').replace(BRACKET, (m: string, inner: string) => {
    const words = inner.trim();
    const keep =
      m.endsWith(')') && /\p{L}/u.test(words) && !/[\d,]|\S@\S/.test(words) && words.split(/\s+/).length <= 4;
    return keep && !WORKPLACE.test(words) && !INTERNSHIP.test(words)
      ? `\uE000${String.fromCharCode(0xe100 + kept.push(words) - 1)}\uE001`
      : ' ';
  });
  // A bracket goes back with its name; one naming a job is dropped after a name that names none
  // ("Globex Ltd (Team Lead)" is the employer Globex Ltd; "Supervisor (Shift Manager)" stays whole).
  const restore = (t: string) => {
    const bare = t.replace(KEPT, '');
    return t
      .replace(KEPT, (_, c: string) => {
        const inner = kept[c.charCodeAt(0) - 0xe100];
        return TITLE_WORDS.test(inner) && !TITLE_WORDS.test(bare) ? '' : `(${inner})`;
      })
      .replace(/\s+/g, ' ')
      .trim();
  };
  const segments = line.split(SEGMENTS).map((s) => s?.trim() ?? '');
  // "Acme -", "Acme - Pune, Maharashtra -": the line of an employer and its place.
  const trailingDash = /\s-\s*$/.test(line.trim());
  const placeAt = (s: string) => isPlace(s);
  const placeDropped = segments.some((s) => s && placeAt(s));
  const employerLine = trailingDash || (segments.filter(Boolean).length >= 2 && placeDropped);
  const pieces: Piece[] = [];
  let atSeen = false;
  segments.forEach((segment) => {
    if (!segment || placeAt(segment)) return;
    const unplaced = segment
      .replace(STATE_PLACE, (m) => (TITLE_WORDS.test(m) ? m : PLACE_MARK))
      .replace(SPACED_PLACE, PLACE_MARK);
    const chunks = unplaced.split(PLACE_MARK);
    for (const [n, raw] of chunks.flatMap((c, n) => c.split(/(\s+at\s+|\s*@\s*)/).map((r) => [n, r] as const))) {
      if (/^\s*(?:at|@)\s*$/.test(raw)) {
        atSeen = true;
        continue;
      }
      for (const piece of raw.split(PIECES).flatMap(slashPieces).map(clean)) {
        if (!piece || WORKPLACE.test(piece) || URL.test(piece) || DETAIL_LABEL.test(piece)) continue;
        const first = employerLine && pieces.length === 0;
        const ran = titleThenName(piece, first);
        const inName = ran ? null : titleInName(piece);
        const at = atSeen ? ('after "at"' as const) : undefined;
        if (ran) {
          pieces.push({ text: ran[0], employerLine: false, lead: at });
          pieces.push({ text: ran[1], employerLine: first, lead: at ?? 'after the title' });
        } else if (inName) {
          if (inName[0]) pieces.push({ text: inName[0], employerLine: false, lead: at });
          pieces.push({ text: inName[1], employerLine: first, lead: 'after "in"' });
        } else pieces.push({ text: piece, employerLine: first, lead: at, afterPlace: n > 0 });
      }
    }
  });
  const parts = pieces.map((p) => ({
    ...score(p.text.replace(KEPT, '').trim(), offset, p.employerLine, p.lead),
    text: restore(p.text),
  }));
  // "Acme Corp City , State Hostess": the employer, its place, then the title, as PDF text runs them together.
  // What ends the line after the employer's place is the title, though it names no job word the lexicon knows.
  const n = parts.length - 1;
  if (n > 0 && pieces[n].afterPlace && !pieces[n - 1].afterPlace && titleAfterPlace(parts[n - 1], parts[n])) {
    parts[n].title += 2;
    parts[n].why.push("after the employer's place");
  }
  return parts;
}

// The part before the place leans to the employer; the one after has a title's shape: capitalised, short, no
// sentence, no bracketed note ("(Downtown Location)"), no company word.
function titleAfterPlace(before: Part, after: Part): boolean {
  const shaped = /^\p{Lu}/u.test(after.text) && after.text.split(/\s+/).length <= 6 && !/[.:;]$/.test(after.text);
  return before.employer > before.title && after.employer <= 0 && shaped && !after.why.includes('prose');
}

// A client's line, said with a label: a part that is neither title nor employer. "Client Services Manager" is a title.
function clientPart(line: string, offset: number): Part | null {
  const m = CLIENT.exec(line);
  if (!m) return null;
  const rest = clean(line.slice(m[0].length));
  if (!rest || (!m[1] && (!/^\p{Lu}/u.test(rest) || TITLE_WORDS.test(rest)))) return null;
  return { text: rest, offset, title: -4, employer: -4, why: ['client'] };
}

// A line of labelled fields, from its start: each value scored with what its label says. Null when unlabelled.
function labelledFields(line: string, offset: number): Part[] | null {
  const found = [...line.matchAll(FIELD_LABEL)];
  if (!found.length || line.slice(0, found[0].index).replace(/^[\s\-*•]+/, '')) return null;
  return found.flatMap((m, n) => {
    const value = clean(line.slice(m.index + m[0].length, found[n + 1]?.index ?? line.length));
    if (!value) return [];
    const p = score(value, offset, false);
    const employer = EMPLOYER_LABEL.test(m[1]);
    p.title += employer ? -3 : 4;
    p.employer += employer ? 4 : -3;
    p.why.push(`labelled "${m[1]}"`);
    return [p];
  });
}

// A role said in a sentence: "Working as X in Y", "Worked with Y as X". Null when the line says none.
function saidInSentence(line: string, offset: number): Part[] | null {
  const lead = ROLE_SENTENCE.exec(line);
  const later = lead ? null : EMPLOYER_SENTENCE.exec(line);
  const [titleText, employerText] = lead ? [lead[1], lead[2]] : later ? [later[2], later[1]] : [];
  if (!titleText || !employerText || !TITLE_WORDS.test(titleText)) return null;
  const title = score(clean(titleText), offset, false);
  title.title += 3;
  title.why.push(lead ? 'after "working as"' : 'after "as"');
  // An employer is a name: "working as Analyst with all the teams" says none.
  // The sentence's full stop and the gap its dates left are no part of the name.
  const name = clean(employerText);
  let end = name.length;
  while (end > 0 && ' .'.includes(name[end - 1])) end--;
  if (/^\p{Ll}/u.test(name)) return [title];
  return [title, score(name.slice(0, end), offset, false, 'after "at"')];
}

function score(text: string, offset: number, firstOnEmployerLine: boolean, lead?: Piece['lead']): Part {
  // A sentence in the first person is never a heading's part, whatever job it names ("I have worked as Analyst").
  if (FIRST_PERSON.test(text)) return { text, offset, title: -9, employer: -9, why: ['first person'] };
  const p: Part = { text, offset, title: 0, employer: 0, why: [] };
  const add = (title: number, employer: number, why: string) => {
    p.title += title;
    p.employer += employer;
    p.why.push(why);
  };
  if (TITLE_WORDS.test(text)) add(3, -1, 'title word');
  // The job word ends a title ("Bank Teller", "Systems Engineer"), not an employer's name.
  if (HEAD_NOUN.test(text)) add(2, 0, 'ends in a job word');
  else if (JOB_OF.test(text)) add(2, 0, 'a job word, then "of"');
  if (EMPLOYER_WORDS.test(text)) add(-2, 3, 'employer word');
  if (firstOnEmployerLine) add(-1, 2, 'employer line');
  // Said outright ("Analyst at Globex"): stronger than the line the layout gives the employer.
  if (lead === 'after the title') add(-1, 1, lead);
  else if (lead) add(-1, 3, lead);
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
  // A part that leans to the employer (an employer's line, a company word) is never the title.
  for (const p of usable)
    if (p.title >= p.employer && (!title || p.title - p.employer > title.title - title.employer)) title = p;
  let employer: Part | null = null;
  for (const p of usable) {
    if (p === title || (p.title > 0 && p.employer <= 0)) continue;
    if (!employer || p.employer - p.title > employer.employer - employer.title) employer = p;
  }
  return { title, employer };
}

/** True when one of the parts names a job. */
export const namesJob = (parts: Part[]) => parts.some((p) => p.title > 0 && p.title > p.employer);
