/** Reads a PDF with pdf-parse (loaded only when a PDF is met) and rebuilds reading order from item positions. */
import { InputError } from '../errors.js';
import { layoutPage, type TextItem } from './layout.js';
import { MAX_PDF_ITEMS, MAX_PDF_PAGES, PDF_TIME_BUDGET_MS } from './limits.js';
import { MSG } from './messages.js';
import { pdfParse, restoreBuiltins } from './pdfjs-env.js';
import { reflow } from './reflow.js';

/** Warning added when a page was read column by column. */
export const COLUMNS_WARNING =
  'Two-column layout: fitcheck read it column by column, but many tracking systems read straight across and mix the columns; a single column is safer.';

interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}

/** Text of a PDF, page by page, with columns read one after the other. */
export async function pdfToText(
  path: string,
  buf: Buffer,
  budgetMs = PDF_TIME_BUDGET_MS,
): Promise<{ text: string; warnings: string[]; pages: number }> {
  const mod = pdfParse();
  // pdf.js turns disableFontFace on by default in Node, and then builds every glyph's outline path, which only
  // drawing uses; text extraction reads the same items without it.
  const parser = new mod.PDFParse({ data: new Uint8Array(buf), verbosity: 0, disableFontFace: false });
  try {
    return await extract(path, parser, Date.now() + budgetMs, budgetMs);
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (err instanceof mod.PasswordException) throw new InputError(path, MSG.pdfPassword);
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 100) || 'damaged file';
    throw new InputError(path, MSG.pdfCorrupt(why));
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/**
 * Read pages until the page, text-piece or time limit. pdf.js runs on promises only, so a timer could
 * never interrupt it: the clock is checked between pages instead.
 */
async function extract(
  path: string,
  parser: unknown,
  deadline: number,
  budgetMs: number,
): Promise<{ text: string; warnings: string[]; pages: number }> {
  // pdf-parse's getText() drops positions; its loader (which maps pdf.js errors to typed ones) gives the document.
  // Opening the first document loads pdf.js's worker code, whose polyfills replace built-ins again.
  const doc = await (parser as { load(): Promise<PdfDoc> }).load().finally(restoreBuiltins);
  const pageTexts: string[] = [];
  let columns = 0;
  let items = 0;
  const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
  let read = 0;
  while (read < pages && items <= MAX_PDF_ITEMS) {
    if (Date.now() > deadline) throw new InputError(path, MSG.pdfSlow(Math.round(budgetMs / 1000)));
    const page = await doc.getPage(++read);
    const content = await page.getTextContent();
    page.cleanup();
    items += content.items.length;
    const layout = layoutPage(content.items.flatMap(toItem));
    if (layout.columns) columns++;
    pageTexts.push(repairGlyphs(dropPageNumbers(reflow(layout.lines)).join('\n')));
  }
  const warnings: string[] = [];
  if (columns > 0) warnings.push(COLUMNS_WARNING);
  if (read < doc.numPages) warnings.push(`Only the first ${read} of ${doc.numPages} pages were read.`);
  const text = pageTexts.join('\n\n');
  if (text.replace(/\s/g, '').length < 20) throw new InputError(path, MSG.pdfNoText);
  return { text, warnings, pages: doc.numPages };
}

function toItem(raw: unknown): TextItem[] {
  const it = raw as { str?: string; transform?: number[]; width?: number; height?: number };
  if (typeof it.str !== 'string' || !it.transform || !it.str.trim()) return [];
  const size = Math.hypot(it.transform[2], it.transform[3]) || it.height || 10;
  return [{ str: it.str, x: it.transform[4], y: it.transform[5], w: it.width ?? 0, h: Math.max(it.height ?? 0, size) }];
}

/**
 * A ligature glyph without a Unicode mapping arrives as U+0000 inside a word ("Pro\0les"). It is
 * almost always fi or fl; fl before a, o, u, y or i ("Over\0ow", "con\0ict"), fi otherwise.
 */
export function repairGlyphs(text: string): string {
  return text
    .replace(/(\p{L})\u0000(\p{L})/gu, (_, a: string, b: string) => `${a}${/[aouyi]/.test(b) ? 'fl' : 'fi'}${b}`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Drop a page number ("1", "Page 2 of 3", "- 2 -") from the last lines of a page. */
function dropPageNumbers(lines: string[]): string[] {
  const out = [...lines];
  for (let i = out.length - 1; i >= Math.max(0, out.length - 2); i--) {
    if (/^\s*(?:page\s*)?(?:[-–]\s*)?\d{1,3}\s*(?:[-–]\s*)?(?:(?:of|\/)\s*\d{1,3}\s*)?$/i.test(out[i]))
      out.splice(i, 1);
  }
  return out;
}
