/** Builds test documents at test time: one resume as TXT, PDF (pdfkit) and DOCX (docx), layouts, and broken files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeZip } from '../helpers/zipkit.js';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  Header,
} from 'docx';
import PDFDocument from 'pdfkit';

/** The resume every format is generated from: a heading line, then its body lines ("- " for bullets). */
export const RESUME = {
  name: 'Dana Whitfield',
  contact: 'dana.whitfield@example.com | +1 (312) 555-0188 | Chicago, IL',
  sections: [
    {
      heading: 'Summary',
      lines: [
        'Senior machine learning engineer with 9 years of experience building fraud and credit risk models on AWS.',
      ],
    },
    {
      heading: 'Experience',
      lines: [
        'Senior Machine Learning Engineer, Lakeshore Bank — Mar 2019 – Present',
        '- Built real-time fraud detection models in Python and PyTorch serving 30 million card transactions a day, with feature pipelines in Spark and Kafka.',
        '- Deployed models on AWS SageMaker and Kubernetes with Docker images and CI/CD pipelines.',
        'Data Scientist, Prairie Insurance — Jun 2015 – Feb 2019',
        '- Trained gradient boosting models with scikit-learn and XGBoost; wrote SQL for the data warehouse.',
      ],
    },
    {
      heading: 'Skills',
      lines: ['Python, SQL, Scala, PyTorch, TensorFlow, scikit-learn, Spark, Kafka, AWS, Docker, Kubernetes, MLflow'],
    },
    {
      heading: 'Education',
      lines: ['M.S. in Statistics, University of Illinois, 2015', 'B.S. in Mathematics, Purdue University, 2013'],
    },
  ],
};

/** The resume as plain text lines. */
export function resumeText(): string {
  return [RESUME.name, RESUME.contact, '', ...RESUME.sections.flatMap((s) => [s.heading, ...s.lines, ''])].join('\n');
}

const made: string[] = [];

/** A fresh temporary folder for generated files; `removeTempDirs` deletes them all. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fitcheck-load-'));
  made.push(dir);
  return dir;
}

/** Delete every folder `tempDir` made (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function pdfBuffer(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { CreationDate: new Date(0) }, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** The resume as a one-column PDF; long bullets wrap as a word processor would wrap them. */
export function resumePdf(options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return pdfBuffer(options, (doc) => {
    doc.font('Helvetica-Bold').fontSize(18).text(RESUME.name);
    doc.font('Helvetica').fontSize(10).text(RESUME.contact).moveDown();
    for (const s of RESUME.sections) {
      doc.font('Helvetica-Bold').fontSize(12).text(s.heading);
      doc.font('Helvetica').fontSize(10);
      for (const line of s.lines) {
        if (line.startsWith('- ')) doc.text(`•  ${line.slice(2)}`, { indent: 0 });
        else doc.text(line);
      }
      doc.moveDown();
    }
  });
}

/** The resume as a DOCX: headings, list paragraphs, a role in a table row, contact details in the page header. */
export async function resumeDocx(): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(RESUME.name)] }),
  ];
  for (const s of RESUME.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.heading)] }));
    for (const line of s.lines) {
      const role = /^(.*) — (.*)$/.exec(line);
      if (line.startsWith('- '))
        body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line.slice(2))] }));
      else if (role && s.heading === 'Experience') {
        body.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph(role[1])] }),
                  new TableCell({
                    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(role[2])] })],
                  }),
                ],
              }),
            ],
          }),
        );
      } else body.push(new Paragraph(line));
    }
  }
  const doc = new Document({
    sections: [{ headers: { default: new Header({ children: [new Paragraph(RESUME.contact)] }) }, children: body }],
  });
  return Packer.toBuffer(doc);
}

/** A two-column PDF: a skills sidebar on the left, roles and bullets on the right, lines at interleaving heights. */
export function twoColumnPdf(): Promise<Buffer> {
  return pdfBuffer({ margin: 36 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(20).text('Riley Okafor', 36, 36);
    doc.font('Helvetica').fontSize(10).text('riley.okafor@example.com | (646) 555-0123', 36, 62);
    const left = [
      'Skills',
      'Python',
      'Go',
      'PostgreSQL',
      'Terraform',
      'AWS',
      'Kubernetes',
      '',
      'Languages',
      'English',
      'Yoruba',
    ];
    left.forEach((t, i) =>
      doc
        .font(i === 0 || t === 'Languages' ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(10)
        .text(t, 36, 100 + i * 17, { width: 130, lineBreak: false }),
    );
    const right = [
      'Experience',
      'Staff Engineer, Northbeam Logistics — Jan 2018 – Present',
      '- Led the migration of 40 services to Kubernetes on AWS.',
      '- Designed the event pipeline that tracks 2 million parcels a day.',
      'Backend Engineer, Quillfeather — Jul 2013 – Dec 2017',
      '- Built billing APIs in Go backed by PostgreSQL.',
      '- Cut infrastructure cost by a third with Terraform.',
      '',
      'Education',
      'B.Eng. in Computer Engineering, University of Lagos, 2013',
    ];
    right.forEach((t, i) =>
      doc
        .font(i === 0 || t === 'Education' ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(10)
        .text(t, 200, 103 + i * 15, { width: 370, lineBreak: false }),
    );
  });
}

/** A one-column PDF whose role dates sit in a right-aligned column on the title's row. */
export function dateColumnPdf(): Promise<Buffer> {
  return pdfBuffer({ margin: 54 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(16).text('Sam Ortiz', 54, 54);
    doc.font('Helvetica').fontSize(10).text('sam.ortiz@example.com', 54, 76);
    const rows: [string, string][] = [
      ['Experience', ''],
      ['Platform Engineer, Driftwood Labs', 'Apr 2020 – Present'],
      ['- Runs Kubernetes clusters on GCP with Terraform and Helm for 300 engineers.', ''],
      ['Systems Administrator, Cobalt Health', 'Sep 2016 – Mar 2020'],
      ['- Automated Linux server builds with Ansible and Bash.', ''],
      ['Site Reliability Intern, Cobalt Health', 'Jun 2015 – Aug 2015'],
      ['- Wrote Python health checks.', ''],
    ];
    rows.forEach(([l, r], i) => {
      doc.text(l, 54, 110 + i * 16, { lineBreak: false });
      if (r) doc.text(r, 450, 110 + i * 16, { width: 108, align: 'right', lineBreak: false });
    });
  });
}

/** A job posting as a PDF and as a DOCX, from its text lines. */
export function jobPdf(lines: string[]): Promise<Buffer> {
  return pdfBuffer({}, (doc) => {
    doc.font('Helvetica').fontSize(10);
    for (const line of lines) doc.text(line || ' ');
  });
}

export async function jobDocx(lines: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
}

/** A PDF with only vector shapes: what a scan or text-as-outlines looks like to a parser. */
export function noTextPdf(): Promise<Buffer> {
  return pdfBuffer({}, (doc) => {
    for (let i = 0; i < 20; i++) doc.rect(54, 54 + i * 20, 300, 8).fill('#333');
  });
}

/** A password-protected PDF. */
export function encryptedPdf(): Promise<Buffer> {
  return resumePdf({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
}

/** A ZIP archive from named parts; `declare` overrides the sizes written in the headers. */
export function makeZip(parts: { name: string; data: Buffer; declare?: number }[]): Buffer {
  return writeZip(parts.map((p) => ({ name: p.name, data: p.data, declaredSize: p.declare })));
}

/** Write a buffer into a folder and return its path. */
export function put(dir: string, name: string, data: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** The work history both letter-spaced resumes carry, one line each. */
const SPACED_WORK = [
  'Senior Data Analyst, Harbor Freight Lines — Mar 2020 – Present',
  '- Built demand forecasts in Python and SQL, and dashboards in Tableau.',
  'Data Analyst, Cedar Health — Jul 2016 – Feb 2020',
  '- Automated monthly reporting with Excel VBA and Power BI.',
];

/** Writes headings at a tracking and body lines down the page from `y`, 54 pt from the left edge. */
function spacedWriter(doc: PDFKit.PDFDocument, y: number, tracking: number) {
  return {
    heading(t: string) {
      doc.font('Helvetica-Bold').fontSize(12).text(t, 54, y, { characterSpacing: tracking, lineBreak: false });
      y += 22;
    },
    line(t: string) {
      doc.font('Helvetica').fontSize(10).text(t, 54, y, { lineBreak: false });
      y += 15;
    },
    gap(points: number) {
      y += points;
    },
    get y() {
      return y;
    },
  };
}

/**
 * A resume set in letter-spaced type, the way design templates set names, titles and headings: wide tracking
 * (pdf.js gives one item per word, its glyphs parted by spaces) and a heading placed glyph by glyph.
 */
export function letterSpacedPdf(): Promise<Buffer> {
  return pdfBuffer({ margin: 54 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(22).text('NADIA OKONKWO', 54, 54, { characterSpacing: 7 });
    doc.font('Helvetica').fontSize(11).text('SENIOR DATA ANALYST', 54, 84, { characterSpacing: 3 });
    doc.font('Helvetica').fontSize(10).text('nadia.okonkwo@example.com | (415) 555-0142', 54, 104);
    const w = spacedWriter(doc, 134, 3.5);
    w.heading('WORK HISTORY');
    SPACED_WORK.forEach((t) => w.line(t));
    w.gap(8);
    let x = 54;
    doc.font('Helvetica-Bold').fontSize(12);
    for (const ch of 'EDUCATION') {
      doc.text(ch, x, w.y, { lineBreak: false });
      x += doc.widthOfString(ch) + 3.5;
    }
    w.gap(22);
    w.line('B.Sc. in Statistics, University of Leeds, 2016');
  });
}

/**
 * The letter-spaced resume with its headings at light tracking (0.125 em): pdf.js gives each heading as one item
 * with single spaces between all its glyphs, the word gap among them ("W O R K H I S TO RY").
 */
export function lightlySpacedPdf(): Promise<Buffer> {
  return pdfBuffer({ margin: 54 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(18).text('Nadia Okonkwo', 54, 54);
    doc.font('Helvetica').fontSize(10).text('nadia.okonkwo@example.com | (415) 555-0142', 54, 80);
    const w = spacedWriter(doc, 110, 1.5);
    w.heading('PROFESSIONAL SUMMARY');
    w.line('Analyst who turns freight and health data into forecasts.');
    w.gap(8);
    w.heading('WORK HISTORY');
    SPACED_WORK.forEach((t) => w.line(t));
    w.gap(8);
    w.heading('ACADEMIC PROFILE');
    w.line('B.Sc. in Statistics, University of Leeds, 2016');
    w.gap(8);
    w.heading('TECHNICAL SKILLS');
    w.line('Python, SQL, Tableau, Excel');
  });
}

/**
 * A resume whose name is set at light tracking (0.14 em): pdf.js gives it as one item with a single space between
 * all its glyphs, the word gap among them, and the loader joins it into one run ("NADIAOKONKWO").
 */
export function lightlySpacedNamePdf(name: string, email: string): Promise<Buffer> {
  return pdfBuffer({ margin: 54 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(18).text(name, 54, 54, { characterSpacing: 2.5, lineBreak: false });
    doc.font('Helvetica').fontSize(10).text(`${email} | (415) 555-0142`, 54, 80);
    const w = spacedWriter(doc, 110, 0);
    w.heading('Work History');
    SPACED_WORK.forEach((t) => w.line(t));
  });
}

/** The letter-spaced resume's text as a plain typist would write it. */
export const LETTER_SPACED_TEXT = `Nadia Okonkwo
Senior Data Analyst
nadia.okonkwo@example.com | (415) 555-0142

Work History
Senior Data Analyst, Harbor Freight Lines — Mar 2020 – Present
- Built demand forecasts in Python and SQL, and dashboards in Tableau.
Data Analyst, Cedar Health — Jul 2016 – Feb 2020
- Automated monthly reporting with Excel VBA and Power BI.

Education
B.Sc. in Statistics, University of Leeds, 2016
`;

/**
 * A two-column PDF whose narrow sidebar wraps its skill lists where the column ends ("…, Natural" over
 * "Language Processing, …"), beside roles in the main column.
 */
export function narrowSidebarPdf(): Promise<Buffer> {
  return pdfBuffer({ margin: 36 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(20).text('Tomas Lindqvist', 36, 36);
    doc.font('Helvetica').fontSize(10).text('tomas.lindqvist@example.com | +46 8 555 0199', 36, 62);
    let y = 100;
    // One column's writer: each call sets the next paragraph below the last one of that column.
    const column =
      (x: number, width: number) =>
      (t: string, bold = false) => {
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
        doc.text(t, x, y, { width });
        y = doc.y + 4;
      };
    const side = column(36, 118);
    side('Skills', true);
    side('Java, Kotlin, Natural Language Processing, Git');
    side('Tableau, Power BI, Looker');
    side('Apache Kafka, Google Cloud Platform');
    side('Languages', true);
    side('Swedish, English');
    y = 100;
    const main = column(190, 380);
    main('Experience', true);
    main('Machine Learning Engineer, Nordhavn Analytics — Feb 2021 – Present');
    main('- Trained text classifiers for customer support tickets and served them behind REST APIs.');
    main('- Reviewed code and mentored two graduate engineers.');
    main('Software Engineer, Brightwater Systems — Aug 2017 – Jan 2021');
    main('- Wrote Android apps and backend services for field technicians.');
    main('Education', true);
    main('M.Sc. in Computer Science, Uppsala University, 2017');
  });
}

/**
 * The same resume as a design template sets it: a letter-spaced name and headings, a narrow sidebar (skills,
 * education) whose lines wrap at its edge, and the summary and roles in the main column.
 */
export function designedResumePdf(): Promise<Buffer> {
  return pdfBuffer({ margin: 36 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(22).text(RESUME.name.toUpperCase(), 36, 36, { characterSpacing: 6 });
    doc.font('Helvetica').fontSize(9).text(RESUME.contact, 36, 66);
    const section = (name: string) => RESUME.sections.find((s) => s.heading === name)!;
    const write = (x: number, width: number, names: string[]) => {
      let y = 100;
      for (const name of names) {
        doc.font('Helvetica-Bold').fontSize(11).text(name.toUpperCase(), x, y, { width, characterSpacing: 3 });
        y = doc.y + 4;
        doc.font('Helvetica').fontSize(9);
        for (const line of section(name).lines) {
          doc.text(line.startsWith('- ') ? `•  ${line.slice(2)}` : line, x, y, { width });
          y = doc.y + 2;
        }
        y += 10;
      }
    };
    write(36, 140, ['Skills', 'Education']);
    write(200, 370, ['Summary', 'Experience']);
  });
}
