// Load-time benchmark per format: `npm run build && node bench/load-formats.mjs`.
// Generates a 2-page resume as TXT, PDF (pdfkit) and DOCX (docx), then measures
// (a) the whole CLI run in a fresh process (median of 7) and (b) loadDocument in-process, first call and warm.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import PDFDocument from 'pdfkit';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'fitcheck-bench-'));
const role = (i) => [
  `Senior Engineer ${i}, Company ${i} — Jan ${2000 + i} – Dec ${2001 + i}`,
  ...Array.from(
    { length: 5 },
    (_, j) =>
      `- Built system ${j} with Python, Kubernetes and AWS, cutting costs by ${j + 10}% for ${j + 3} product teams across regions.`,
  ),
];
const lines = [
  'Jordan Bench',
  'jordan@example.com | +1 555 0100',
  '',
  'Experience',
  ...Array.from({ length: 10 }, (_, i) => role(i)).flat(),
  '',
  'Skills',
  'Python, Go, SQL, AWS, GCP, Kubernetes, Docker, Terraform',
  '',
  'Education',
  'B.S. in Computer Science, 2000',
];

const txt = join(dir, 'resume.txt');
writeFileSync(txt, lines.join('\n'));
const pdf = join(dir, 'resume.pdf');
writeFileSync(
  pdf,
  await new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 54 });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
    doc.fontSize(10);
    for (const l of lines) doc.text(l || ' ');
    doc.end();
  }),
);
const docx = join(dir, 'resume.docx');
writeFileSync(
  docx,
  await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: lines.map((l) =>
            /^(Experience|Skills|Education)$/.test(l)
              ? new Paragraph({ text: l, heading: HeadingLevel.HEADING_1 })
              : new Paragraph(l),
          ),
        },
      ],
    }),
  ),
);

const { loadDocument } = await import(join(ROOT, 'dist/load/index.js'));
const pages = (readFileSync(pdf, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`resume of ${lines.length} lines; the PDF has ${pages} pages\n`);
console.log(
  'format  CLI fresh process (median of 7)  loadDocument first call (incl. lazy import)  loadDocument warm (median of 20)',
);
for (const [name, file] of [
  ['txt', txt],
  ['pdf', pdf],
  ['docx', docx],
]) {
  const cli = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    execFileSync(
      'node',
      [join(ROOT, 'bin/fitcheck.js'), file, 'discover-senior-lead-ml-engineer', '--format', 'json'],
      { stdio: 'ignore' },
    );
    cli.push(performance.now() - t);
  }
  let t = performance.now();
  await loadDocument(file);
  const first = performance.now() - t;
  const warm = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await loadDocument(file);
    warm.push(performance.now() - t);
  }
  console.log(
    `${name.padEnd(6)}  ${median(cli).toFixed(0).padStart(6)} ms ${''.padEnd(25)}${first.toFixed(1).padStart(7)} ms ${''.padEnd(15)}${median(warm).toFixed(1).padStart(7)} ms`,
  );
}
rmSync(dir, { recursive: true, force: true });
