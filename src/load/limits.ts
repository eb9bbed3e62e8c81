/** Size limits that keep every input's time and memory bounded (documented in the README). */

/** Largest input file fitcheck reads, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Most text kept from one document after extraction, in characters (a long resume is ~20,000). */
export const MAX_TEXT_CHARS = 1_000_000;
/** Deepest nesting of brackets or indentation in a JSON/YAML resume: parsers recurse, so deeper input overflowed the stack differently per process. */
export const MAX_NESTING = 64;
/** Longest line read, in characters: evidence quotes whole lines, so one huge line would balloon every report. */
export const MAX_LINE_CHARS = 10_000;
/** Longest run of characters without a space kept as is; longer runs are junk (base64, minified code). */
export const MAX_TOKEN_CHARS = 200;
/** PDF pages read; later pages are ignored with a warning. */
export const MAX_PDF_PAGES = 30;
/** PDF text pieces read; a resume page has a few hundred to a few thousand. Later pages are skipped. */
export const MAX_PDF_ITEMS = 50_000;
/** Time after which no further PDF page is started, in milliseconds; the document is then refused as too complex. */
export const PDF_TIME_BUDGET_MS = 15_000;
/** Largest total a DOCX may inflate to, in bytes; checked from the ZIP directory before parsing. */
export const MAX_DOCX_INFLATED_BYTES = 64 * 1024 * 1024;
/** Most entries a DOCX's ZIP may hold. */
export const MAX_ZIP_ENTRIES = 5000;
