/** Reads a Word DOCX: proves its size from the ZIP directory, then mammoth (loaded only now, mammoth-code.ts) renders it to lines. */
import { InputError } from '../errors.js';
import { decodeEntities, htmlToText } from './html.js';
import { loadMammoth } from './mammoth-code.js';
import { MSG } from './messages.js';
import { checkInflatedSize, readCentralDirectory, readEntry, ZipProblem, type ZipEntry } from './zip.js';

/** Warning when contact details sit in the page header, which mammoth and many tracking systems skip. */
export const HEADER_WARNING =
  'Text in the page header or footer (often contact details): many tracking systems skip it; put it in the body.';

/** Text of a DOCX, with paragraphs, list items, headings and table rows as lines. */
export async function docxToText(path: string, buf: Buffer): Promise<{ text: string; warnings: string[] }> {
  let headerText: string[];
  try {
    const entries = readCentralDirectory(buf);
    if (!entries.some((e) => e.name === 'word/document.xml')) throw new InputError(path, MSG.zipNotWord);
    checkInflatedSize(buf, entries);
    headerText = headerLines(buf, entries);
  } catch (err) {
    if (err instanceof ZipProblem)
      throw new InputError(path, err.inflated !== undefined ? MSG.zipBomb(err.inflated) : MSG.zipCorrupt(err.message));
    throw err;
  }
  const mammoth = await loadMammoth();
  let html: string;
  try {
    // Images are dropped: they cannot be read as text and would only bloat the HTML.
    const result = await mammoth.convertToHtml(
      { buffer: buf },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (err) {
    throw new InputError(path, MSG.zipCorrupt(firstLine(err)));
  }
  const body = htmlToText(html);
  // Header text is kept (above the body) so the name and contact details are still read, but flagged.
  const warnings = headerText.length ? [HEADER_WARNING] : [];
  return { text: [...headerText, ...(headerText.length ? [''] : []), body].join('\n'), warnings };
}

/** Paragraph texts of the page headers and footers, in part order, without duplicates. */
function headerLines(buf: Buffer, entries: ZipEntry[]): string[] {
  const seen = new Set<string>();
  const parts = entries
    .filter((e) => /^word\/(header|footer)\d*\.xml$/.test(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); // ASCII names: no ICU collator
  for (const e of parts) {
    const xml = readEntry(buf, e).toString('utf8');
    for (const para of xml.split(/<\/w:p>/)) {
      const text = decodeEntities(
        [...para.matchAll(/<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      ).trim();
      if (text && !/^(page \d+|\d+)$/i.test(text)) seen.add(text);
    }
  }
  return [...seen];
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 120);
}
