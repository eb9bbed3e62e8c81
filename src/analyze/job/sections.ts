/** Splits a document into lines and tags each with the kind of section it sits in. */
import { isGlued, isTagLine } from './glued.js';

/** What a posting's line is about, as far as weighting goes. */
export type SectionKind = 'required' | 'preferred' | 'responsibilities' | 'other';

const HEADING_KINDS: [RegExp, SectionKind][] = [
  [/\b(preferred|nice[- ]to[- ]haves?|bonus|a plus|desired|desirable|ideally|considered (?:as )?a plus|extra credit)\b/i, 'preferred'],
  [/\b(requirements?|qualifications?|must[- ]haves?|you have|what you(?:'ll)? bring|what we(?:'re)? look(?:ing)? for|skills|who you are|required|essential)\b/i, 'required'],
  [/\b(responsibilities|duties|what you(?:'ll)? do|the role|job description|day[- ]to[- ]day|your impact)\b/i, 'responsibilities'],
  // Whole-heading match only: a board's "Salary $250K – $286K" field line is not a section.
  [/^(?:benefits|perks(?: and benefits)?|compensation(?: and benefits)?|what we offer|why join(?: us)?|about (?:us|the company)|equal opportunity(?: employer)?|how to apply|location)$/i, 'other'],
];
// A sentence describing the work, not the person: "This role involves…", "You will…".
const DUTY_LEAD = /^\s*(?:this role (?:involves|includes)|you will|you'll|in this role|responsibilities include|typical responsibilities|the role (?:involves|includes))\b/i;
// A bullet that starts with a verb of doing is a duty ("• Design and deploy ML models").
const DUTY_BULLET = /^\s*[-*•·▪●◦]\s*(?:design|develop|build|lead|manage|ensure|collaborate|deploy|optimi[sz]e|translate|establish|review|provide|document|communicate|contribute|identify|implement|maintain|own|drive|partner|work|create|support|mentor|define|train|monitor|analy[sz]e|write|deliver|improve|architect|coordinate|oversee|conduct|research|evaluate|test|participate|help|guide|run|shape|scale)\b/i;

/** A line that looks like a heading: short, no sentence punctuation at the end. */
export function isHeading(line: string): boolean {
  if (line.length > 120) return false;
  const t = headingText(line);
  return t.length > 0 && t.length <= 80 && !/[.,;]$/.test(t) && !/^[-*•·▪●◦]\s/.test(line.trim()) && /^[A-Z0-9]/.test(t) && !isGlued(t);
}

// "## Requirements", "**Must have:**", "Preferred qualifications:" → the words.
function headingText(line: string): string {
  return line.trim().replace(/^#+\s*/, '').replace(/[*_]+/g, '').replace(/:\s*$/, '').trim();
}

/** The kind a heading names, or null. */
export function headingKind(line: string): SectionKind | null {
  const t = headingText(line);
  return HEADING_KINDS.find(([re]) => re.test(t))?.[1] ?? null;
}

/**
 * The section kind of every line (index = line number - 1). Headings set the kind for the lines below;
 * outside any named section a line's own form decides: a duty sentence or bullet is a responsibility,
 * and on a board that glued its lists, the block that opens with "N+ years" is the requirements and
 * the glued prose block right after it is the preferred list (tag clouds stay `other`).
 */
export function sectionKinds(lines: string[]): SectionKind[] {
  let current: SectionKind = 'other';
  let named = false;
  const kinds: SectionKind[] = [];
  lines.forEach((line, i) => {
    if (isHeading(line)) {
      const found = headingKind(line);
      if (found) {
        current = found;
        named = true;
      }
      kinds.push(current);
      return;
    }
    if (named) return void kinds.push(current);
    kinds.push(lineKind(line, kinds[i - 1] ?? 'other', lines[i - 1] ?? ''));
  });
  return kinds;
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
