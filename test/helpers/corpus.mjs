// Generates deterministic fake resumes for batch tests and measurements (no real person's data).
// As a script: node test/helpers/corpus.mjs <dir> <count> [--mixed]
//   writes <count> resumes into <dir>: text and Markdown, or with --mixed a third each of PDF, DOCX and text
//   (PDF and DOCX need the pdfkit and docx dev dependencies).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// The bench's seeded PRNG, so test and bench corpora are made the same way.
import { rng } from '../../bench/corpus.mjs';

const FIRST = [
  'Ana',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Luca',
  'Mei',
  'Nora',
  'Omar',
  'Priya',
];
const LAST = [
  'Diaz',
  'Okafor',
  'Novak',
  'Tanaka',
  'Silva',
  'Haddad',
  'Larsen',
  'Moreau',
  'Kowalski',
  'Reyes',
  'Sato',
  'Weber',
];
const SKILLS = [
  'Python',
  'Java',
  'Scala',
  'SQL',
  'AWS',
  'GCP',
  'Kubernetes',
  'Docker',
  'Terraform',
  'Apache Spark',
  'Kafka',
  'Airflow',
  'PyTorch',
  'TensorFlow',
  'scikit-learn',
  'pandas',
  'MLflow',
  'Machine Learning',
  'Deep Learning',
  'Natural Language Processing',
  'Computer Vision',
  'A/B Testing',
  'Statistics',
  'Feature Engineering',
  'Model Deployment',
  'CI/CD',
  'Linux',
  'Go',
  'React',
  'TypeScript',
];
const TITLES = [
  'Software Engineer',
  'Data Scientist',
  'Machine Learning Engineer',
  'Senior Machine Learning Engineer',
  'Lead ML Engineer',
  'Data Analyst',
  'Staff Engineer',
  'Junior Developer',
  'Engineering Manager',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DEGREES = [
  'B.S. in Computer Science',
  'M.S. in Statistics',
  'Ph.D. in Physics',
  'Bootcamp certificate',
  'BA in Economics',
];

/** The text of generated resume number `i` (Markdown when `markdown`). */
export function generateResume(i, markdown = false) {
  const r = rng(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const skills = SKILLS.filter(() => r() < 0.35);
  const h = markdown ? '## ' : '';
  const lines = [
    markdown ? `# ${name}` : name,
    `${name.toLowerCase().replace(' ', '.')}@example.com | +1 555 010 ${String(1000 + (i % 9000))}`,
    '',
  ];
  lines.push(`${h}Summary`, `${pick(TITLES)} with experience in ${skills.slice(0, 3).join(', ') || 'teamwork'}.`, '');
  lines.push(`${h}Experience`);
  let year = 2025;
  const roles = 1 + Math.floor(r() * 4);
  for (let k = 0; k < roles; k++) {
    const length = 1 + Math.floor(r() * 4);
    const end = k === 0 ? 'Present' : `${pick(MONTHS)} ${year}`;
    lines.push(`${pick(TITLES)}, Example Corp ${k + 1}`, `${pick(MONTHS)} ${year - length} – ${end}`);
    for (const s of skills.slice(k * 3, k * 3 + 3))
      lines.push(`- Built and maintained systems with ${s} in production.`);
    if (r() < 0.3) lines.push('- Mentored a team of four engineers and led the roadmap.');
    year -= length;
  }
  lines.push(
    '',
    `${h}Skills`,
    skills.join(', ') || 'Communication',
    '',
    `${h}Education`,
    `${pick(DEGREES)}, Example University, ${year - 1}`,
  );
  return lines.join('\n') + '\n';
}

/** Write `count` resumes into `dir` (every fifth as Markdown, in sub-folders of 50); returns their paths. */
export function writeCorpus(dir, count) {
  const paths = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `group-${String(Math.floor(i / 50)).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    const markdown = i % 5 === 0;
    const path = join(sub, `resume-${String(i).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`);
    writeFileSync(path, generateResume(i, markdown));
    paths.push(path);
  }
  return paths;
}

/** A PDF of the text, one paragraph per line (pdfkit). */
export async function toPdf(text) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ info: { CreationDate: new Date(0) } });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  for (const line of text.split('\n')) doc.text(line || ' ');
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A DOCX of the text, one paragraph per line (docx). */
export async function toDocx(text) {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const doc = new Document({
    sections: [{ children: text.split('\n').map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return Packer.toBuffer(doc);
}

/** Write `count` resumes into `dir`, a third each PDF, DOCX and text/Markdown; returns their paths. */
export async function writeMixedCorpus(dir, count) {
  const paths = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `group-${String(Math.floor(i / 50)).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    const kind = ['pdf', 'docx', i % 2 ? 'txt' : 'md'][i % 3];
    const text = generateResume(i, kind === 'md');
    const path = join(sub, `resume-${String(i).padStart(5, '0')}.${kind}`);
    writeFileSync(path, kind === 'pdf' ? await toPdf(text) : kind === 'docx' ? await toDocx(text) : text);
    paths.push(path);
  }
  return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count, mode] = process.argv.slice(2);
  if (!dir || !Number(count)) {
    console.error('usage: node test/helpers/corpus.mjs <dir> <count> [--mixed]');
    process.exit(2);
  }
  const paths = mode === '--mixed' ? await writeMixedCorpus(dir, Number(count)) : writeCorpus(dir, Number(count));
  console.log(`wrote ${paths.length} resumes to ${dir}`);
}
