/** Splits a document into lines and tags each with the kind of section it sits in. */

/** What a posting's line is about, as far as weighting goes. */
export type SectionKind = 'required' | 'preferred' | 'responsibilities' | 'other';

const HEADING_KINDS: [RegExp, SectionKind][] = [
  [/\b(preferred|nice[- ]to[- ]have|bonus|a plus|desired|ideally)\b/i, 'preferred'],
  [/\b(requirements?|qualifications?|must[- ]haves?|you have|what you(?:'ll)? bring|skills|who you are)\b/i, 'required'],
  [/\b(responsibilities|duties|what you(?:'ll)? do|the role|job description)\b/i, 'responsibilities'],
];

/** A line that looks like a heading: short, no sentence punctuation at the end. */
export function isHeading(line: string): boolean {
  const t = line.trim().replace(/^#+\s*/, '');
  return t.length > 0 && t.length <= 80 && !/[.,;]$/.test(t) && !/^[-*•·▪●◦]/.test(t) && /^[A-Z0-9#]/.test(line.trim());
}

/** The section kind of every line (index = line number - 1). */
export function sectionKinds(lines: string[]): SectionKind[] {
  let current: SectionKind = 'other';
  return lines.map((line) => {
    if (isHeading(line)) {
      const found = HEADING_KINDS.find(([re]) => re.test(line));
      if (found) current = found[1];
      return current;
    }
    return current;
  });
}

/** Split extracted text into lines; evidence line numbers are 1-based indexes into this. */
export function splitLines(text: string): string[] {
  return text.split('\n');
}
