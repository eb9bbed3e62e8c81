#!/usr/bin/env node
// Writes dist/pdfjs.cjs (pdf-parse's build and its pdf.js worker as one script, in ASCII) and dist/pdfjs.cache
// (V8's compiled code for it, taken after it has read a small PDF, so the functions a text extraction runs are in
// it). Used by src/load/pdfjs-code.ts; the script only for the installed files it was made from, the cache only for
// this Node, these V8 flags and this very script; otherwise pdf-parse is required as usual.
// Made under the CLI's V8 flags (src/cli/v8-flags.ts): V8 refuses a cache made under other flags.
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  cacheFile,
  PDFJS_BUNDLE,
  PDFJS_CACHE,
  PDFJS_MARK,
  pdfjsStamp,
  runPdfjs,
  workerPath,
} from '../dist/load/pdfjs-code.js';
import { restoreBuiltins } from '../dist/load/pdfjs-env.js';
import { setV8Flags } from '../dist/cli/v8-flags.js';

// The worker is an ES module only by its last statement (and one import.meta.url, for an image decoder).
const WORKER_END = 'export{WorkerMessageHandler};';
// The parameter the worker's function takes in place of import.meta.url (the worker file's URL).
const URL_PARAM = '__fitcheckWorkerUrl';

/**
 * `text` with each non-ASCII character (all in string literals) written as a \u escape, so the script reads as
 * Latin-1 into a one-byte string. esbuild, printing both, checks that they are the same program.
 */
function ascii(text) {
  const out = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const print = (t) => transformSync(t, { loader: 'js', minifyWhitespace: true, legalComments: 'none' }).code;
  return print(out) === print(text) ? out : undefined;
}

/** The script (pdfjs-code.ts describes it) for pdf-parse's entry and worker, or a reason it cannot be made. */
function pdfjsScript(entry) {
  const stamp = pdfjsStamp(entry);
  if (!stamp) return { why: 'no pdf.worker.mjs next to its entry' };
  const workerText = readFileSync(workerPath(entry), 'utf8').trimEnd();
  if (!workerText.endsWith(WORKER_END) || workerText.includes(URL_PARAM))
    return { why: `its worker does not end with ${WORKER_END}` };
  const main = ascii(readFileSync(entry, 'utf8'));
  const worker = ascii(workerText.slice(0, -WORKER_END.length).replaceAll('import.meta.url', URL_PARAM));
  if (!main || !worker) return { why: 'escaping its non-ASCII characters would change its code' };
  const body = `[function (exports, require, module, __filename, __dirname) { ${main}\n},\nfunction (${URL_PARAM}) {"use strict";${worker}\nreturn WorkerMessageHandler;}]\n`;
  return { source: `${PDFJS_MARK}${stamp} ${createHash('sha256').update(body).digest('hex').slice(0, 32)}\n${body}` };
}

/** A one-page PDF with a few lines of text in Helvetica, built by hand (no generator needed at build time). */
function samplePdf() {
  const text = [
    'Jordan Lee',
    'Senior Data Engineer, Acme Corp, Jan 2019 - Present',
    'Python, SQL, Kubernetes, Terraform',
  ];
  const stream = `BT /F1 11 Tf 72 720 Td 14 TL ${text.map((t) => `(${t}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const entry = createRequire(import.meta.url).resolve('pdf-parse');
const { source, why } = pdfjsScript(entry);
if (!source) {
  console.error(`pdfjs-cache: no script written for pdf-parse (${why}); PDFs still read, more slowly`);
} else {
  writeFileSync(PDFJS_BUNDLE, source, 'latin1');
  setV8Flags();
  const { exports: mod, script } = runPdfjs(source, entry);
  restoreBuiltins();
  const parser = new mod.PDFParse({ data: new Uint8Array(samplePdf()), verbosity: 0, disableFontFace: false });
  const doc = await parser.load();
  const page = await doc.getPage(1);
  const { items } = await page.getTextContent();
  await parser.destroy();
  if (!items.some((i) => i.str.includes('Kubernetes')))
    throw new Error('pdfjs-cache: the sample PDF did not read back');
  writeFileSync(PDFJS_CACHE, cacheFile(source, script));
}
