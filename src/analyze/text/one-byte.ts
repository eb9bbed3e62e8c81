/**
 * One-byte copies of lines. V8 keeps a string in one byte per character or in two, and compiles a regular
 * expression once for each form it meets. A single dash or arrow beyond Latin-1 puts a whole document, and every
 * line cut from it, in the two-byte form, while the posting, the lexicon and the taxonomy are held in one byte:
 * each pattern they share is then compiled twice. A line whose characters all fit in Latin-1 is the same text
 * in one byte; the readers that share their patterns with the posting get such copies.
 */

// A character beyond Latin-1: a line holding one has no one-byte form.
const WIDE = /[^\x00-\xff]/;

/** The line in one-byte form when its characters allow (the same text), else the line itself. */
export function oneByte(line: string): string {
  return line === '' || WIDE.test(line) ? line : Buffer.from(line, 'latin1').toString('latin1');
}

/** Each line in one-byte form where its characters allow; the array itself when the text has no wide character. */
export function oneByteLines(lines: string[], text: string): string[] {
  return WIDE.test(text) ? lines.map(oneByte) : lines;
}
