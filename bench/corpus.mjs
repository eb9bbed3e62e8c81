// Generates the benchmark's corpus: two-page resumes (text, PDF, DOCX) and job postings.
// Deterministic (seeded), so two runs of the bench measure the same documents.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { TITLES, EMPLOYERS, FIRST, LAST, SCHOOLS, SKILLS, VERBS, OBJECTS, OUTCOMES } from './words.mjs';

/** A small seeded PRNG (mulberry32), so the corpus is the same on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const pickN = (r, list, n) => {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
  return out;
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One resume as structured blocks: [{heading}|{line}|{bullet}]. About two pages when printed. */
export function resumeBlocks(seed) {
  const r = rng(seed);
  const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const stack = pickN(r, SKILLS, 18);
  const blocks = [
    { heading: name },
    {
      line: `${name.toLowerCase().replace(' ', '.')}@example.com · +1 (555) 01${String(seed % 100).padStart(2, '0')}-${1000 + (seed % 9000)} · Remote`,
    },
    { heading: 'Summary' },
    {
      line:
        `${pick(r, TITLES)} with ${6 + Math.floor(r() * 12)} years of experience building ${pick(r, OBJECTS)} with ${stack[0]}, ${stack[1]} and ${stack[2]}. ` +
        `Known for ${pick(r, OUTCOMES)} and for mentoring engineers across teams.`,
    },
    { heading: 'Experience' },
  ];
  let year = 2025;
  let month = Math.floor(r() * 12);
  for (let role = 0; role < 5; role++) {
    const startYear = year - 1 - Math.floor(r() * 3);
    const startMonth = Math.floor(r() * 12);
    const end = role === 0 ? 'Present' : `${MONTHS[month]} ${year}`;
    blocks.push({ line: `${pick(r, TITLES)}, ${pick(r, EMPLOYERS)} — ${MONTHS[startMonth]} ${startYear} – ${end}` });
    const roleSkills = pickN(r, stack, 6);
    for (let b = 0; b < 5; b++) {
      const s1 = roleSkills[b % roleSkills.length];
      const s2 = roleSkills[(b + 2) % roleSkills.length];
      blocks.push({
        bullet: `${pick(r, VERBS)} ${pick(r, OBJECTS)} using ${s1} and ${s2}, ${pick(r, OUTCOMES)} for ${10 + Math.floor(r() * 90)} teams across ${2 + Math.floor(r() * 8)} regions.`,
      });
    }
    year = startYear;
    month = (startMonth + 11) % 12;
    if (month === 11) year -= 1;
  }
  blocks.push({ heading: 'Skills' });
  for (let i = 0; i < stack.length; i += 6) blocks.push({ line: stack.slice(i, i + 6).join(', ') });
  blocks.push({ heading: 'Education' });
  blocks.push({ line: `M.S. in Computer Science, ${pick(r, SCHOOLS)}, ${year - 1}` });
  blocks.push({ line: `B.S. in Mathematics, ${pick(r, SCHOOLS)}, ${year - 3}` });
  return blocks;
}

/** A resume's plain text. */
export function resumeText(seed) {
  return (
    resumeBlocks(seed)
      .map((b) => (b.heading ? b.heading : b.bullet ? `- ${b.bullet}` : b.line))
      .join('\n') + '\n'
  );
}

/** A job posting: title, duties, required and preferred skills with years and a degree. */
export function jobText(seed) {
  const r = rng(seed * 7919 + 1);
  const skills = pickN(r, SKILLS, 14);
  const title = `Senior ${pick(r, TITLES).replace(/^(Senior|Lead|Staff|Principal) /, '')}`;
  const [first, second] = pickN(r, OBJECTS, 2);
  const lines = [
    title,
    '',
    'About the role',
    `We are hiring a ${title} to build ${first} and ${second}.`,
    '',
    'Responsibilities',
  ];
  for (let i = 0; i < 8; i++) lines.push(`- ${pick(r, VERBS)} ${pick(r, OBJECTS)} with ${skills[i]}`);
  lines.push('', 'Requirements', `- ${5 + Math.floor(r() * 4)}+ years of professional software experience`);
  for (let i = 0; i < 6; i++) lines.push(`- Strong experience with ${skills[i]} and ${skills[i + 6]}`);
  lines.push("- Bachelor's degree in Computer Science or a related field", '', 'Nice to have');
  lines.push(`- ${skills[12]} or ${skills[13]} is a plus`);
  return lines.join('\n') + '\n';
}

/** Write a resume as a PDF (pdfkit, Helvetica 10 pt): two pages. `copies` repeats it (for long PDFs). */
export async function writePdf(path, seed, copies = 1) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: `Resume ${seed}` } });
  const done = finished(doc.pipe(createWriteStream(path)));
  for (let c = 0; c < copies; c++) {
    if (c > 0) doc.addPage();
    for (const b of resumeBlocks(seed + c)) {
      if (b.heading) doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(b.heading).moveDown(0.2);
      else if (b.bullet) doc.font('Helvetica').fontSize(10).text(`• ${b.bullet}`, { indent: 10, lineGap: 2 });
      else doc.font('Helvetica').fontSize(10).text(b.line, { lineGap: 2 });
    }
  }
  doc.end();
  await done;
}

/** Write a resume as a DOCX (headings, paragraphs, bulleted list). */
export async function writeDocx(path, seed) {
  const { Document, HeadingLevel, Packer, Paragraph } = await import('docx');
  const children = resumeBlocks(seed).map((b) =>
    b.heading
      ? new Paragraph({ text: b.heading, heading: HeadingLevel.HEADING_2 })
      : b.bullet
        ? new Paragraph({ text: b.bullet, bullet: { level: 0 } })
        : new Paragraph({ text: b.line }),
  );
  const doc = new Document({ sections: [{ children }] });
  writeFileSync(path, await Packer.toBuffer(doc));
}

/**
 * Write the corpus into `dir`: job.txt, resume.txt/.pdf/.docx, pdfs/ with `pdfCount` two-page PDFs,
 * and long.pdf (`longPages` pages). Returns the paths.
 */
export async function generateCorpus(dir, { pdfCount = 400, longPages = 50 } = {}) {
  const paths = corpusPaths(dir);
  mkdirSync(paths.pdfDir, { recursive: true });
  writeFileSync(paths.job, jobText(1));
  writeFileSync(paths.text, resumeText(1));
  await writePdf(paths.pdf, 1);
  await writeDocx(paths.docx, 1);
  if (longPages > 0) await writePdf(paths.long, 1000, Math.ceil(longPages / 2));
  for (let i = 0; i < pdfCount; i++) {
    const p = join(paths.pdfDir, `resume-${String(i).padStart(4, '0')}.pdf`);
    await writePdf(p, 100 + i);
    paths.pdfs.push(p);
  }
  return paths;
}

/** Where a corpus in `dir` keeps each document (`pdfs` empty: the caller fills or lists it). */
export function corpusPaths(dir) {
  const pdfDir = join(dir, 'pdfs');
  return {
    dir,
    job: join(dir, 'job.txt'),
    text: join(dir, 'resume.txt'),
    pdf: join(dir, 'resume.pdf'),
    docx: join(dir, 'resume.docx'),
    long: join(dir, 'long.pdf'),
    pdfDir,
    pdfs: [],
  };
}
