/**
 * The one heading detector: whether a line is a section heading, and which section it opens, by the tables
 * of data/lexicon/headings.json (one table per question a reader asks: a posting's section, a resume's
 * section, whether a work history starts or stops, whether an education section opens or closes).
 */
import { lexicon, type HeadingWords } from '../../lexicon/lexicon.js';
import type { ResumeSection } from '../../types.js';
import { alternatives, phrases } from '../../lexicon/patterns.js';
import { isGlued } from './glued.js';
import { TITLE_WORDS } from './titles.js';

const H = lexicon().headings;
const BULLET = /^\s*[-*•·▪●◦]\s/;

/** What a posting's line is about, as far as weighting goes. */
export type SectionKind = 'required' | 'preferred' | 'responsibilities' | 'other';

// "## Requirements", "**Must have:**", "Preferred qualifications:" → the words.
function postingWords(line: string): string {
  return line
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/[*_]+/g, '')
    .replace(/:\s*$/, '')
    .trim();
}

/** A posting line that looks like a heading: short, no sentence punctuation at the end, not a glued board list. */
export function isHeading(line: string): boolean {
  if (line.length > 120) return false;
  const t = postingWords(line);
  return (
    t.length > 0 &&
    t.length <= 80 &&
    !/[.,;]$/.test(t) &&
    !BULLET.test(line.trim()) &&
    /^[A-Z0-9]/.test(t) &&
    !isGlued(t)
  );
}

// A posting heading names its kind anywhere in it ("Preferred Qualifications"); a page's closing parts
// (benefits, how to apply) only as the whole heading, so a board's "Salary $250K – $286K" field line is no section.
const POSTING_KINDS: [RegExp, SectionKind][] = [
  [new RegExp(phrases(H.posting.preferred), 'i'), 'preferred'],
  [new RegExp(phrases(H.posting.required, { notBefore: H.posting.requiredNotBefore }), 'i'), 'required'],
  [new RegExp(phrases(H.posting.responsibilities), 'i'), 'responsibilities'],
  [new RegExp(`^(?:${alternatives(H.posting.other)})$`, 'i'), 'other'],
];

/** The kind a posting heading names, or null. */
export function headingKind(line: string): SectionKind | null {
  const t = postingWords(line);
  return POSTING_KINDS.find(([re]) => re.test(t))?.[1] ?? null;
}

// Every word of a resume heading the tables know ("work", "history", "professional"…), for a heading whose word
// gaps were lost: light letter-spacing leaves no gap a PDF reader can see, so "W O R K H I S T O R Y" comes as
// "WORKHISTORY".
const VOCABULARY = new Set(
  [
    ...Object.values(H.resume).flatMap((w) => [...w.names, ...(w.modifiers ?? []), ...(w.additions ?? [])]),
    ...Object.values(H.roles).flat(),
    ...Object.values(H.degreeScope).flat(),
  ].flatMap((p) =>
    p
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 1),
  ),
);
const LONGEST = Math.max(...[...VOCABULARY].map((w) => w.length));

/** A run of capitals made of heading words ("WORKHISTORY") with its gaps back ("WORK HISTORY"), or null. */
function splitRun(run: string): string | null {
  const low = run.toLowerCase();
  if (VOCABULARY.has(low)) return null;
  // Fewest words first: best[i] is the shortest split of the first i letters into known words.
  const best: (number[] | null)[] = [[], ...Array.from({ length: low.length }, () => null)];
  for (let i = 1; i <= low.length; i++)
    for (let j = Math.max(0, i - LONGEST); j < i; j++) {
      const prefix = best[j];
      if (prefix && VOCABULARY.has(low.slice(j, i)) && (!best[i] || prefix.length + 1 < best[i]!.length))
        best[i] = [...prefix, i];
    }
  const cuts = best[low.length];
  if (!cuts || cuts.length < 2) return null;
  return cuts.map((end, k) => run.slice(k ? cuts[k - 1] : 0, end)).join(' ');
}

/**
 * A heading's words as written, in any spacing: "## Work Experience:" → "Work Experience", "WORK   HISTORY" →
 * "WORK HISTORY", letter-spaced display type "W O R K  H I S T O R Y" → "WORK HISTORY", and a run of capitals
 * whose gaps light letter-spacing lost, "WORKHISTORY" → "WORK HISTORY".
 */
export function headingWords(line: string): string {
  const t = line
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/[*_]+/g, '')
    .replace(/[:\s]+$/, '');
  const letters = t.split(' ').filter(Boolean);
  const spaced = letters.length >= 4 && letters.every((l) => /^[\p{L}&]$/u.test(l));
  const words = spaced
    ? t
        .split(/\s{2,}/)
        .map((w) => w.replace(/\s/g, ''))
        .join(' ')
    : t.replace(/\s+/g, ' ');
  return /^\p{Lu}{6,40}$/u.test(words) ? (splitRun(words) ?? words) : words;
}

// Every reader of a resume asks this of the same lines (roles, skills, education, name, sections: about ten
// times a line), and in a batch the template lines of one builder recur from file to file. The answer depends on
// the line alone, so it is worked out once; the cache is emptied when full, so it holds no more than a few
// documents' short lines.
const headings = new Map<string, string | null>();
const MAX_HEADINGS = 10_000;

/** A resume line read as a heading: its words ("## Work Experience:" → "Work Experience"), or null. */
export function resumeHeading(line: string): string | null {
  if (line.length > 80) return null;
  let h = headings.get(line);
  if (h === undefined) {
    if (headings.size >= MAX_HEADINGS) headings.clear();
    headings.set(line, (h = readHeading(line)));
  }
  return h;
}

function readHeading(line: string): string | null {
  // A blank line is no heading (its words would be "", a string the patterns below need not meet).
  if (line.trim() === '') return null;
  const h = headingWords(line);
  return h.length > 0 && h.length < 40 && !BULLET.test(line) && !/[.,]/.test(h) ? h : null;
}

// A whole heading: [modifier] name [addition], "Technical Skills & Tools".
const whole = (w: HeadingWords) =>
  new RegExp(
    `^${w.modifiers ? `(?:(?:${alternatives(w.modifiers)}) )?` : ''}(?:${alternatives(w.names)})${w.additions ? `(?: (?:${alternatives(w.additions)}))?` : ''}$`,
    'i',
  );
const RESUME_SECTIONS = (['experience', 'skills', 'education', 'summary', 'projects'] as const).map(
  (s) => [whole(H.resume[s]), s] as const,
);

/** The resume section a heading line opens (placement of skills, standard headings), or null. */
export function resumeSection(line: string): ResumeSection | null {
  const t = resumeHeading(line);
  return t === null || isGlued(t) ? null : (RESUME_SECTIONS.find(([re]) => re.test(t))?.[1] ?? null);
}

const starts = (list: string[]) => new RegExp(`^${phrases(list, { start: 'none' })}`, 'i');
const R = H.roles;
const WORK_TAIL = new RegExp(`${phrases(R.workTails)}$`, 'i');
const NOT_WORK = starts(R.notWork);
const NOT_WORK_TAIL = new RegExp(`^(?:[\\w&]+\\s+){0,2}(?:${alternatives(R.notWorkTails)})$`, 'i');
const WORK = new RegExp(`^(?:(?:[a-z]+ ){0,2}(?:${alternatives(R.workNouns)})|${alternatives(R.work)})\\b`, 'i');

// Words a heading in title case leaves lower-case.
const MINOR = /^(?:and|of|the|in|for|to|&)$/;
// Every word capitalised but the minor ones ("Honors and Awards", "TECHNICAL SKILLS"): a heading read by its last word
// alone must be set as one, so a list item in sentence case ("Strong analytic skills") does not end a work history.
const capitalised = (heading: string) => heading.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w));

/**
 * For the role finder: a heading that starts a work history, one whose dates are no jobs ("Volunteer
 * Experience", "Key Projects"), or null (not a section: "Project Lead" alone on a line is a title).
 */
export function workHeading(heading: string): 'work' | 'skip' | null {
  if (TITLE_WORDS.test(heading)) return null;
  // "Academic Positions", "Academic Appointments": jobs, whatever the first word says.
  if (WORK_TAIL.test(heading)) return 'work';
  if (NOT_WORK.test(heading) || (NOT_WORK_TAIL.test(heading) && capitalised(heading))) return 'skip';
  return WORK.test(heading) ? 'work' : null;
}

const D = H.degreeScope;
const OPENS = starts(D.opens);
const CLOSES = starts(D.closes);
const CLOSES_WORK = starts(D.work);

/** For the degree reader: a heading that opens an education section, closes it, or closes it for a work history. */
export function degreeHeading(heading: string): 'opens' | 'closes' | 'work' | null {
  if (!/^[A-Z]/.test(heading)) return null;
  if (OPENS.test(heading)) return 'opens';
  if (!CLOSES.test(heading)) return null;
  return CLOSES_WORK.test(heading) ? 'work' : 'closes';
}
