/** One-line problems the loaders report; tests reuse these constants. */
import { MAX_DOCX_INFLATED_BYTES, MAX_FILE_BYTES, MAX_LINE_CHARS, MAX_NESTING, MAX_TEXT_CHARS } from './limits.js';

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

export const MSG = {
  missing: 'no such file',
  directory: 'is a directory, not a file',
  empty: 'the file is empty',
  noText: 'the file has no text',
  tooBig: (size: number) => `the file is ${(size / 1048576).toFixed(1)} MB; the limit is ${mb(MAX_FILE_BYTES)}`,
  tooBigInput: `more than ${mb(MAX_FILE_BYTES)} of input; the limit is ${mb(MAX_FILE_BYTES)}`,
  tooDeep: `nested more than ${MAX_NESTING} levels deep; fitcheck reads resume-as-code up to that depth`,
  lineTooLong: (line: number, chars: number) =>
    `line ${line} is ${chars} characters long; fitcheck reads lines up to ${MAX_LINE_CHARS} characters`,
  tooMuchText: (chars: number) =>
    `${chars} characters of text; fitcheck reads documents up to ${MAX_TEXT_CHARS} characters`,
  binary:
    'not a document fitcheck can read (binary content); use PDF, DOCX, text, Markdown, JSON/YAML resume, LaTeX or HTML',
  image: (kind: string) => `is a ${kind} image, not a document; export the resume as PDF (with text) or DOCX`,
  legacyOffice: 'is an old binary Office file (.doc/.xls); save it as DOCX or PDF',
  rtf: 'is an RTF file; save it as DOCX or PDF',
  junk: 'no readable text: mostly long runs of characters without spaces (binary, encoded or minified content)',
  pdfPassword: 'the PDF is password-protected; remove the password (print to PDF) and try again',
  pdfCorrupt: (why: string) => `not a readable PDF: it is damaged or truncated (${why})`,
  pdfSlow: (seconds: number) =>
    `the PDF took over ${seconds} s to read (unusually complex); export it again from the original document`,
  pdfNoText:
    'the PDF has no text layer: it is likely a scan or text turned into outlines, and applicant tracking systems cannot read it either; export it from the original document with text',
  zipNotWord: 'a ZIP archive that is not a Word document (no word/document.xml)',
  zipCorrupt: (why: string) => `not a readable DOCX/ZIP (${why})`,
  zipBomb: (bytes: number) =>
    `the DOCX would inflate to ${bytes >= 1048576 ? mb(bytes) : `${bytes} bytes`}, past the ${mb(MAX_DOCX_INFLATED_BYTES)} limit`,
  docxNoText: 'the Word document has no text (only images or text boxes?); tracking systems will not read it either',
  badJson: (why: string) => `not valid JSON (${why})`,
  badYaml: (why: string) => `not valid YAML (${why})`,
} as const;
