// Dangling conjunctions: every line of the seed postings and resumes, cut after each word and ended (or begun) with a
// connector ("…Tableau, Power BI, or", "and, Deep Learning"), must read without an exception. The cuts are
// enumerated, not sampled, so the work is bounded by the seeds' size and every run checks the same cases.
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { analyzeResume } from '../../src/analyze/resume.js';
import { matchLine } from '../../src/analyze/text/skills.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { JOBS, RESUMES } from './seeds.js';

const ENDINGS = [',', ', or', ', and', ' or', ' and', ', and/or', ' &', ' /', ', or ', ' as'];
const STARTS = ['or ', 'and, ', ', or ', '/ ', 'as '];
const AS_OF = new Date('2026-12-01T00:00:00Z');

/** Each line cut after each of its words that ends a skill, with each ending; and each line begun with a connector. */
function danglingLines(text: string): string[] {
  const tax = defaultTaxonomy();
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    for (const s of STARTS) out.push(s + line);
    for (const m of matchLine(line, 0, tax)) {
      const at = line.indexOf(m.evidence.match);
      if (at < 0) continue;
      const cut = line.slice(0, at + m.evidence.match.length);
      for (const e of ENDINGS) out.push(cut + e);
    }
  }
  return [...new Set(out)];
}

describe('fuzz: dangling conjunctions', () => {
  const tax = defaultTaxonomy();
  const lines = [...JOBS, ...RESUMES].flatMap((s) => danglingLines(s.text));

  it('has cases to check (the seeds name skills)', () => {
    expect(lines.length).toBeGreaterThan(500);
  });

  it('skill matching (and the coordination walk in it) never walks past either end of a line', () => {
    for (const line of lines) expect(() => matchLine(line, 1, tax), line).not.toThrow();
  });

  it('a posting and a resume made of such lines read without an exception', () => {
    const text = lines.join('\n');
    const doc = { path: 'dangling.txt', format: 'text', text, warnings: [] };
    expect(() => analyzeJob(doc, tax)).not.toThrow();
    expect(() => analyzeResume(doc, AS_OF, tax)).not.toThrow();
  });

  it('the lines of the issue read their skills', () => {
    const job = analyzeJob({
      path: 'j.txt',
      format: 'text',
      text: 'Data Analyst\n\nRequirements\n- Experience using tools like Tableau, Power BI, or\n- Machine Learning, Deep Learning, and\n',
      warnings: [],
    });
    expect(job.skills.map((s) => s.skill)).toEqual(
      expect.arrayContaining(['Tableau', 'Power BI', 'Machine Learning', 'Deep Learning']),
    );
  });
});
