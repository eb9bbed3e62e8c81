import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { analyzeResume } from '../../src/analyze/resume.js';
import { checkDocuments } from '../../src/check.js';
import { loadDocument } from '../../src/load/index.js';
import { COLUMNS_WARNING } from '../../src/load/pdf.js';
import type { FitResult, LoadedDocument } from '../../src/types.js';
import { job } from '../helpers/paths.js';
import * as F from './fixtures.js';

afterAll(F.removeTempDirs);

const asOf = new Date('2026-11-01T00:00:00Z');
const JOB = 'discover-senior-lead-ml-engineer';
let dir: string;
let jobDoc: LoadedDocument;
const results: Record<string, FitResult> = {};

/** What must not change with the file format. */
function essentials(r: FitResult) {
  return {
    matched: r.skills.matched.map((s) => s.skill).sort(),
    years: r.experience.candidateYears,
    education: r.education.candidate,
    seniority: r.seniority.candidate,
    knockouts: r.knockouts.map((k) => `${k.criterion}: ${k.status}`),
  };
}

beforeAll(async () => {
  dir = F.tempDir();
  jobDoc = await loadDocument(job(JOB));
  const files = {
    txt: F.put(dir, 'resume.txt', F.resumeText()),
    pdf: F.put(dir, 'resume.pdf', await F.resumePdf()),
    docx: F.put(dir, 'resume.docx', await F.resumeDocx()),
  };
  for (const [kind, path] of Object.entries(files))
    results[kind] = checkDocuments(await loadDocument(path, { kind: 'resume' }), jobDoc, { asOf });
});

describe('the same resume as TXT, PDF and DOCX', () => {
  it('reads sensible facts from the text version', () => {
    const e = essentials(results.txt);
    expect(e.matched).toEqual(expect.arrayContaining(['Python', 'Scala', 'AWS', 'Machine Learning']));
    expect(e.years).toBeCloseTo(11.4, 0);
    expect(e.education).toBe('master');
  });
  for (const kind of ['pdf', 'docx']) {
    it(`${kind} gives the same skills, years, education, seniority and knock-outs`, () => {
      expect(essentials(results[kind])).toEqual(essentials(results.txt));
    });
    it(`${kind} scores within 2 points of the text`, () => {
      expect(Math.abs(results[kind].score - results.txt.score)).toBeLessThanOrEqual(2);
    });
    it(`${kind} evidence points at real lines of its own text`, () => {
      for (const m of results[kind].skills.matched) for (const ev of m.evidence) expect(ev.text).toContain(ev.match);
    });
  }
  it('formats are detected by content, whatever the name', async () => {
    const pdfNamedTxt = F.put(dir, 'really-a-pdf.txt', await F.resumePdf());
    const docxNamedPdf = F.put(dir, 'really-a-docx.pdf', await F.resumeDocx());
    expect((await loadDocument(pdfNamedTxt)).format).toBe('pdf');
    expect((await loadDocument(docxNamedPdf)).format).toBe('docx');
  });
  it('DOCX page-header contact details are kept and flagged', () => {
    expect(results.docx.resume.warnings.join(' ')).toMatch(/page header/);
    expect(results.docx.resume.name).toBe('Dana Whitfield');
  });
});

describe('PDF layouts', () => {
  it('reads a two-column PDF column by column, never interleaving the sidebar with job bullets', async () => {
    const doc = await loadDocument(F.put(dir, 'two.pdf', await F.twoColumnPdf()), { kind: 'resume' });
    const lines = doc.text.split('\n');
    const at = (t: string) => lines.findIndex((l) => l.trim() === t);
    // The sidebar's skills stay consecutive, and each job's bullets follow its role line directly.
    expect([at('Python'), at('Go'), at('PostgreSQL'), at('Terraform')]).toEqual([
      at('Python'),
      at('Python') + 1,
      at('Python') + 2,
      at('Python') + 3,
    ]);
    const role = lines.findIndex((l) => l.startsWith('Staff Engineer, Northbeam Logistics'));
    expect(lines.slice(role, role + 3)).toEqual([
      'Staff Engineer, Northbeam Logistics — Jan 2018 – Present',
      '- Led the migration of 40 services to Kubernetes on AWS.',
      '- Designed the event pipeline that tracks 2 million parcels a day.',
    ]);
    expect(lines.every((l) => !/(Python|Go|Terraform|English).*(Led|Designed|Built)/.test(l))).toBe(true);
    expect(doc.warnings).toContain(COLUMNS_WARNING);
    const r = checkDocuments(doc, jobDoc, { asOf });
    expect(r.experience.candidateYears).toBeCloseTo(13.5, 0);
    expect(r.resume.name).toBe('Riley Okafor');
  });

  it('keeps a right-hand date column on its role line and does not call it two columns', async () => {
    const doc = await loadDocument(F.put(dir, 'dates.pdf', await F.dateColumnPdf()), { kind: 'resume' });
    expect(doc.text).toContain('Platform Engineer, Driftwood Labs  Apr 2020 – Present');
    expect(doc.text).toContain('Systems Administrator, Cobalt Health  Sep 2016 – Mar 2020');
    expect(doc.warnings).not.toContain(COLUMNS_WARNING);
  });

  it('joins a bullet wrapped over two lines back into one line', async () => {
    const doc = await loadDocument(F.put(dir, 'wrap.pdf', await F.resumePdf()));
    expect(doc.text).toContain(
      '- Built real-time fraud detection models in Python and PyTorch serving 30 million card transactions a day, with feature pipelines in Spark and Kafka.',
    );
  });
});

describe('a job given as PDF or DOCX', () => {
  // pdfkit's standard fonts only encode Latin-1; the seed's emoji and symbols are left out of every version.
  const lines = readFileSync(job(JOB), 'utf8')
    .split('\n')
    .map((l) => l.replace(/[^\x20-\x7e\u00a0-\u00ff–—’]/g, '').trim());
  const profile = (doc: LoadedDocument) =>
    analyzeJob(doc)
      .skills.map((s) => `${s.skill}${s.required ? '!' : ''}`)
      .sort();
  it('PDF and DOCX postings give the same skills and knock-outs as the text', async () => {
    const txt = await loadDocument(F.put(dir, 'job.txt', lines.join('\n')));
    const pdf = await loadDocument(F.put(dir, 'job.pdf', await F.jobPdf(lines)));
    const docx = await loadDocument(F.put(dir, 'job.docx', await F.jobDocx(lines)));
    expect(pdf.format).toBe('pdf');
    expect(docx.format).toBe('docx');
    expect(profile(pdf)).toEqual(profile(txt));
    expect(profile(docx)).toEqual(profile(txt));
    expect(analyzeJob(pdf).knockouts.length).toBe(analyzeJob(txt).knockouts.length);
    const resume = await loadDocument(F.put(dir, 'r.txt', F.resumeText()));
    const base = checkDocuments(resume, txt, { asOf }).score;
    for (const j of [pdf, docx])
      expect(Math.abs(checkDocuments(resume, j, { asOf }).score - base)).toBeLessThanOrEqual(2);
  });
});

describe('the same facts in every format, roles included', () => {
  /** Name, sections, roles (title, employer, months), years, highest degree and skills of a resume file. */
  const facts = async (path: string) => {
    const r = analyzeResume(await loadDocument(path, { kind: 'resume' }), asOf);
    return {
      name: r.name?.toLowerCase(),
      sections: r.sections
        .map((x) => x.section)
        .filter((x) => x !== 'contact')
        .sort(), // a sidebar is read before the main column
      roles: r.roles.map((x) => `${x.title} @ ${x.employer} ${x.start}..${x.end}`),
      years: r.experience.candidateYears,
      education: r.education.candidate,
      skills: r.skills.map((s) => s.skill).sort(),
    };
  };
  it('TXT, PDF, DOCX and a designed PDF (letter-spaced headings, wrapping sidebar) agree', async () => {
    const txt = await facts(F.put(dir, 'facts.txt', F.resumeText()));
    expect(txt.roles).toEqual([
      'Senior Machine Learning Engineer @ Lakeshore Bank 2019-03..2026-11',
      'Data Scientist @ Prairie Insurance 2015-06..2019-02',
    ]);
    expect(txt.education).toBe('master');
    expect(await facts(F.put(dir, 'facts.pdf', await F.resumePdf()))).toEqual(txt);
    expect(await facts(F.put(dir, 'facts.docx', await F.resumeDocx()))).toEqual(txt);
    expect(await facts(F.put(dir, 'designed.pdf', await F.designedResumePdf()))).toEqual(txt);
  });
});
