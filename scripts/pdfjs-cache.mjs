#!/usr/bin/env node
// Writes dist/pdfjs.cache: V8's compiled code for pdf-parse's build and its pdf.js worker, taken after they
// have read a small PDF (so the functions a text extraction runs are in it). Used by src/load/pdfjs-code.ts;
// tied to this Node and to these installed files, and ignored (pdf-parse required as usual) when either changes.
// Made under the CLI's V8 flags (src/cli/v8-flags.ts): V8 refuses a cache made under other flags.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cacheFile, PDFJS_CACHE, pdfjsSources, runPdfjs } from '../dist/load/pdfjs-code.js';
import { restoreBuiltins } from '../dist/load/pdfjs-env.js';
import { setV8Flags } from '../dist/cli/v8-flags.js';

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
const src = pdfjsSources(entry);
if (!src) {
  console.error(
    'pdfjs-cache: pdf-parse does not have the layout src/load/pdfjs-code.ts knows; no cache written (PDFs still read)',
  );
} else {
  setV8Flags();
  const { exports: mod, scripts } = runPdfjs(src);
  restoreBuiltins();
  const parser = new mod.PDFParse({ data: new Uint8Array(samplePdf()), verbosity: 0 });
  const doc = await parser.load();
  const page = await doc.getPage(1);
  const { items } = await page.getTextContent();
  await parser.destroy();
  if (!items.some((i) => i.str.includes('Kubernetes')))
    throw new Error('pdfjs-cache: the sample PDF did not read back');
  writeFileSync(PDFJS_CACHE, cacheFile(src, scripts));
}
