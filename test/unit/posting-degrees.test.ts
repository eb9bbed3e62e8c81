// Degrees in a posting: a degree without a level word, a preferred degree in brackets, "BS/MS", equivalent
// experience, and a degree's field that is no skill. Snippets written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';

const posting = (line: string) =>
  analyzeJob({ path: 'job.txt', format: 'text', text: `Data Analyst\n\nRequirements\n${line}\n- SQL`, warnings: [] });

describe('posting degrees', () => {
  it.each([
    ['- Degree in Economics or a related field', 'bachelor', null],
    ['- A university degree in physics', 'bachelor', null],
    ["- Bachelor's degree (MBA preferred)", 'bachelor', 'master'],
    ['- BS/MS in Physics', 'bachelor', 'master'],
    ["- Bachelor's degree required, Master's a plus", 'bachelor', 'master'],
    ["- Bachelor's degree", 'bachelor', null],
  ])('%s → required %s, preferred %s', (line, required, preferred) => {
    expect(posting(line).education).toMatchObject({ required, preferred });
  });

  it('"or equivalent experience" is the alternative to the degree', () => {
    expect(posting("- Bachelor's degree in Statistics or equivalent experience").education).toMatchObject({
      required: 'bachelor',
      alternative: 'equivalent experience',
    });
  });

  it('a sentence that names no degree is no education requirement', () => {
    expect(posting('- Deep knowledge of statistics').education.required).toBeNull();
  });
});

describe("a degree's field is no skill", () => {
  it('the field of the degree line is not a required skill; the same skill asked elsewhere still is', () => {
    const j = posting('- Degree in Statistics or a related field');
    expect(j.education.field).toMatch(/^Statistics/);
    expect(j.skills.map((s) => s.skill)).not.toContain('Statistics');
    expect(j.skills.find((s) => s.skill === 'SQL')?.required).toBe(true);
    const both = analyzeJob({
      path: 'job.txt',
      format: 'text',
      text: 'Data Analyst\n\nRequirements\n- Degree in Statistics\n- Applied statistics in daily work',
      warnings: [],
    });
    expect(both.skills.find((s) => s.skill === 'Statistics')?.evidence.map((e) => e.line)).toEqual([5]);
  });

  it('a run-on line: the field ends at a colon or at "or a similar discipline"; later skills are read', () => {
    const j = posting('- Plus: MSc in statistics or a similar discipline Plus: Kubernetes and Terraform');
    expect(j.skills.map((s) => s.skill)).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
    expect(j.skills.map((s) => s.skill)).not.toContain('Statistics');
  });

  it('skills after the field, past years or "experience", are still read', () => {
    const j = posting("- Bachelor's degree in Economics and 3 years of Python");
    expect(j.skills.map((s) => s.skill)).toContain('Python');
  });
});
