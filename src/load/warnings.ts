/**
 * Hygiene warnings about extracted text: what makes tracking systems (and fitcheck) misread a document.
 * A resume's structure (headings, contact details) is the resume reader's to judge (analyze/resume/structure.ts).
 */

/** Fewer non-space characters than this is "little text" for a whole document. */
const LITTLE_TEXT = 400;

export const WARN = {
  littleText: (chars: number, format: string) =>
    `Little text was extracted (${chars} characters)${format === 'pdf' ? ': parts may be images, scanned, or text turned into outlines' : ''}; tracking systems will see as little.`,
  garbled:
    'Much of the extracted text is not words: the fonts may lack a text mapping, so tracking systems read gibberish too; export the PDF again from the original document.',
  longTokens: (n: number) =>
    `${n} runs of over 200 characters without a space were cut short (encoded or minified content?).`,
};

/** Warnings about any document's text (both resumes and postings). */
export function textWarnings(text: string, format: string): string[] {
  const warnings: string[] = [];
  const chars = text.replace(/\s/g, '').length;
  if (chars < LITTLE_TEXT) warnings.push(WARN.littleText(chars, format));
  if (chars >= 50 && countLetters(text) / chars < 0.5) warnings.push(WARN.garbled);
  return warnings;
}

/** Letters (code points) in a text, counted by runs: matching them one by one made a string per letter. */
function countLetters(text: string): number {
  let letters = 0;
  for (const run of text.matchAll(/\p{L}+/gu)) letters += run[0].length;
  // A letter outside the BMP (𝐀) is two code units but one letter.
  const astral = /[\ud800-\udbff](?=[\udc00-\udfff])/g;
  if (letters && /[\ud800-\udbff]/.test(text))
    for (const run of text.matchAll(/\p{L}+/gu)) letters -= (run[0].match(astral) ?? []).length;
  return letters;
}
