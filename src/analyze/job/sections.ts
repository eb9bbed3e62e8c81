/** Splits a document into lines and tags each with the kind of section it sits in. */
import { lexicon } from '../../lexicon/lexicon.js';
import { alternatives, phrases } from '../../lexicon/patterns.js';
import { isGlued, isTagLine } from '../text/glued.js';
import { headingKind, isHeading, type SectionKind } from '../text/headings.js';

export type { SectionKind } from '../text/headings.js';

const CUES = lexicon().cues;
// The closing parts' whole headings ("Benefits") also open longer ones ("Benefits we provide").
const CLOSING = alternatives([...lexicon().headings.posting.other, ...lexicon().headings.posting.otherOpeners]);
// "Perks of the job", "Benefits we provide", "Why us?": a heading that opens with a word of the page's closing parts
// (pay, perks, the pitch) starts a section that asks for nothing.
const CLOSING_HEADING = new RegExp(`^(?:${CLOSING})\\b`, 'i');
// "Benefits: Medical, dental, on-site gym.": a closing label with its content on one line is itself no requirement.
const CLOSING_LABEL = new RegExp(`^\\s*(?:[-*•·]\\s*)?(?:\\*\\*)?(?:${CLOSING})(?:\\*\\*)?\\s*:\\s*\\S`, 'i');
/** A heading's words, curly apostrophes read as straight ("What you’ll need"). */
const headingText = (line: string) =>
  line
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/[*_]+/g, '')
    .replace(/[’‘]/g, "'")
    .trim();
// A sentence describing the work, not the person: "This role involves…", "You will…".
const DUTY_LEAD = new RegExp(`^\\s*${phrases(CUES.dutyLeads, { start: 'none' })}`, 'i');
// A bullet that starts with a verb of doing is a duty ("• Design and deploy ML models").
const DUTY_BULLET = new RegExp(`^\\s*[-*•·▪●◦]\\s*${phrases(CUES.dutyVerbs, { start: 'none' })}`, 'i');
/**
 * A heading marked as one: it ends in a colon or a question mark, is written in capitals, or sits on a Markdown
 * heading or bold line ("Education:", "WHAT YOU BRING", "**The team**"). Short unpunctuated duty lines pass
 * `isHeading` too ("Clean data in preparation for analysis"); they carry no such mark.
 */
function isMarkedHeading(line: string): boolean {
  const t = line.trim();
  return /[:?]$/.test(t) || /^#+\s/.test(t) || /^\*\*.+\*\*:?$/.test(t) || (/\p{Lu}{3}/u.test(t) && !/\p{Ll}/u.test(t));
}

/**
 * The section kind of every line (index = line number - 1). Headings set the kind for the lines below;
 * outside any named section a line's own form decides: a duty sentence or bullet is a responsibility,
 * and on a board that glued its lists, the block that opens with "N+ years" is the requirements and
 * the glued prose block right after it is the preferred list (tag clouds stay `other`).
 */
export function sectionKinds(lines: string[]): SectionKind[] {
  return readSections(lines).kinds;
}

/**
 * The section kinds (as `sectionKinds`) and the line numbers (1-based) that ask for nothing: the lines under a
 * heading of the page's other parts ("About us", "Benefits", "How to apply", "Why us?") and closing labels with
 * their content ("Benefits: dental, gym"). A skill named only there ("a company that creates innovative
 * solutions") is the company's, not a requirement. One walk gives both.
 */
export function postingSections(lines: string[]): { kinds: SectionKind[]; quiet: Set<number> } {
  const { kinds, closed } = readSections(lines);
  return { kinds, quiet: new Set(closed.flatMap((c, i) => (c ? [i + 1] : []))) };
}

function readSections(lines: string[]): { kinds: SectionKind[]; closed: boolean[] } {
  let current: SectionKind = 'other';
  let named = false;
  const kinds: SectionKind[] = [];
  const closed: boolean[] = [];
  // Under a heading of the page's other parts; any later heading ends it, even one of no known kind ("Location"
  // then "The stack we use": the second is no closing part, whatever kind its lines keep).
  let quiet = false;
  lines.forEach((line, i) => {
    // "Perks: an onsite gym": a closing label with its content, short enough to look like a heading, is one line
    // that asks nothing; the section it stands in goes on after it.
    if (CLOSING_LABEL.test(line)) {
      kinds.push('other');
      closed.push(true);
      return;
    }
    if (isHeading(line)) {
      const words = headingText(line);
      // A board's field line ("Salary $250K – $286K") is no section: a closing heading names no figure.
      const closing = CLOSING_HEADING.test(words) && !/[\d$€£]/.test(words);
      const found = closing ? 'other' : headingKind(words);
      if (found) {
        current = found;
        named = true;
      } else if (current === 'responsibilities' && isMarkedHeading(line) && !DUTY_LEAD.test(words)) {
        // A heading fitcheck cannot name ends the duties ("What you must bring", "Education:"): the lines under it
        // are read by their own form, as before any named section, so its requirements are not taken for duties.
        // One that leads into duties ("You will:") goes on with them.
        current = 'other';
        named = false;
      }
      quiet = found === 'other';
      kinds.push(current);
      closed.push(quiet);
      return;
    }
    if (named) {
      kinds.push(current);
      closed.push(quiet);
      return;
    }
    kinds.push(lineKind(line, kinds[i - 1] ?? 'other', lines[i - 1] ?? ''));
    closed.push(false);
  });
  return { kinds, closed };
}

function lineKind(line: string, previous: SectionKind, previousLine: string): SectionKind {
  if (DUTY_LEAD.test(line) || DUTY_BULLET.test(line)) return 'responsibilities';
  if (isGlued(line) && !isTagLine(line)) {
    if (/^\s*\d{1,2}\+?\s*years/i.test(line)) return 'required';
    if (previous === 'required' && isGlued(previousLine)) return 'preferred';
  }
  return 'other';
}

/** Split extracted text into lines; evidence line numbers are 1-based indexes into this. */
export function splitLines(text: string): string[] {
  return text.split('\n');
}
