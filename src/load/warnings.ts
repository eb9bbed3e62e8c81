/** Hygiene warnings about extracted text: what makes tracking systems (and fitcheck) misread a document. */

/** Fewer non-space characters than this is "little text" for a whole document. */
const LITTLE_TEXT = 400;

export const WARN = {
  littleText: (chars: number, format: string) =>
    `Little text was extracted (${chars} characters)${format === 'pdf' ? ': parts may be images, scanned, or text turned into outlines' : ''}; tracking systems will see as little.`,
  garbled: 'Much of the extracted text is not words: the fonts may lack a text mapping, so tracking systems read gibberish too; export the PDF again from the original document.',
  contactLow: (line: number) => `Contact details first appear on line ${line}: put email and phone at the top, where tracking systems look for them.`,
  headings: (missing: string[]) => `No standard section heading for ${missing.join(', ')}: tracking systems find sections by headings such as "Experience", "Education" and "Skills".`,
  longTokens: (n: number) => `${n} runs of over 200 characters without a space were cut short (encoded or minified content?).`,
};

const HEADINGS: [string, RegExp][] = [
  ['Experience', /^((work|professional|relevant|employment|career)\s+)?(experience|employment|work|history)\b/i],
  ['Education', /^(education|academic|qualifications|training)\b/i],
  ['Skills', /^((technical|core|key|professional) )?(skills|competencies|technologies|expertise|tech stack|toolbox)\b/i],
];

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
  if (letters && /[\ud800-\udbff]/.test(text)) for (const run of text.matchAll(/\p{L}+/gu)) letters -= (run[0].match(astral) ?? []).length;
  return letters;
}

/** Warnings about a resume's structure: missing standard headings, contact details far from the top. */
export function resumeWarnings(text: string): string[] {
  const lines = text.split('\n');
  const warnings: string[] = [];
  const contact = lines.findIndex((l) => /(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}|\+?\d[\d ().-]{8,}\d/i.test(l));
  if (contact >= 15) warnings.push(WARN.contactLow(contact + 1));
  if (text.replace(/\s/g, '').length >= LITTLE_TEXT) {
    const headings = lines.map((l) => l.trim().replace(/^#+\s*/, '').replace(/(?<![:|])[:|]+$/, '')).filter((l) => l.length > 0 && l.length <= 50);
    const missing = HEADINGS.filter(([, re]) => !headings.some((h) => re.test(h))).map(([name]) => name);
    if (missing.length) warnings.push(WARN.headings(missing));
  }
  return warnings;
}
