// Area years compared with the resume's dated roles: snippets written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { analyzeResume } from '../../src/analyze/resume.js';
import { compareProfiles } from '../../src/check.js';
import { markdownReport } from '../../src/report/markdown.js';
import { textReport } from '../../src/report/text.js';

const AS_OF = new Date('2026-11-01T00:00:00Z');
const job = analyzeJob({
  path: 'job.txt',
  format: 'text',
  text: 'DevOps Engineer\n\nRequirements\n- 3+ years of Terraform\n- 2+ years of Python\n',
  warnings: [],
});
const resume = analyzeResume(
  {
    path: 'r.md',
    format: 'markdown',
    text: [
      '# Sam Lee',
      '',
      '## Experience',
      'DevOps Engineer, Acme Ltd — Jan 2026 – Present',
      '- Wrote Terraform modules for AWS',
      '',
      'Software Engineer, Beta Inc — Jan 2018 – Dec 2025',
      '- Built Python services',
      '',
      '## Education',
      'BSc Computer Science, 2017',
    ].join('\n'),
    warnings: [],
  },
  AS_OF,
);

describe('area years against the resume', () => {
  it('"3+ years of Terraform" is not met by one recent role; Python over eight years is', () => {
    const areas = compareProfiles(resume, job, { asOf: AS_OF }).experience.areas ?? [];
    const of = (skill: string) => areas.find((a) => a.skills.includes(skill));
    expect(of('Terraform')).toMatchObject({ requiredYears: 3, met: false });
    expect(of('Terraform')!.candidateYears).toBeLessThan(3);
    expect(of('Python')).toMatchObject({ requiredYears: 2, met: true });
    expect(of('Terraform')!.posting.line).toBe(4);
  });
});

describe('area years in the score and the reports', () => {
  const result = compareProfiles(resume, job, { asOf: AS_OF });
  const experience = result.components.find((c) => c.name === 'experience')!;

  it('a short area costs experience points: the areas weigh as much as the overall years', () => {
    // The posting states only area years, so its overall figure is its largest area (3) and the areas decide:
    // Python is met, Terraform is about 11 months of 3 years.
    const terraform = result.experience.areas!.find((a) => a.skill === 'Terraform')!;
    const want = (1 + terraform.candidateYears! / 3) / 2;
    expect(experience.points).toBeCloseTo(20 * want, 0);
    expect(experience.points).toBeLessThan(20);
    expect(experience.detail).toMatch(/in areas: .*Terraform [\d.]+ of 3\+ years/);
  });

  it('the same resume without the area lines keeps full experience points', () => {
    const plain = analyzeJob({
      path: 'job.txt',
      format: 'text',
      text: 'DevOps Engineer\n\nRequirements\n- 3+ years of professional experience\n- Terraform and Python\n',
      warnings: [],
    });
    const r = compareProfiles(resume, plain, { asOf: AS_OF });
    expect(r.experience.areas).toEqual([]);
    expect(r.components.find((c) => c.name === 'experience')!.points).toBe(20);
  });

  it('text and Markdown reports show each area with its status', () => {
    const text = textReport(result, { color: false });
    expect(text).toMatch(/Terraform\s+[\d.]+ years\s+3\+ years\s+\S*\s*[\d.]+ years short/);
    expect(text).toMatch(/Python\s+[\d.]+ years\s+2\+ years\s+\S*\s*meets/);
    const md = markdownReport(result);
    expect(md).toContain('### Years per area');
    expect(md).toMatch(/\| Terraform \(.*\) \| [\d.]+ years \| 3\+ years \| ❌ short \|/);
  });
});

describe('area years when no dated role shows the area', () => {
  const posting = analyzeJob({
    path: 'job.txt',
    format: 'text',
    text: 'Platform Engineer\n\nRequirements\n- 4+ years of Kubernetes\n- 3+ years of experience with Kubernetes clusters\n- 2+ years of PostgreSQL\n',
    warnings: [],
  });
  const base = [
    '# Ana Diaz',
    '',
    '## Experience',
    'Support Engineer, Acme Ltd — Jan 2019 – Present',
    '- Ran the help desk',
  ];
  const read = (extra: string[]) =>
    compareProfiles(
      analyzeResume({ path: 'r.md', format: 'markdown', text: [...base, ...extra].join('\n'), warnings: [] }, AS_OF),
      posting,
      { asOf: AS_OF },
    ).experience.areas ?? [];

  it('a dated resume that names the skill nowhere has 0 years in it: not met, not unknown', () => {
    const pg = read([]).find((a) => a.skills.includes('PostgreSQL'))!;
    expect(pg).toMatchObject({ candidateYears: 0, met: false });
  });

  it('a skill named only in an undated list stays unknown: its years cannot be read', () => {
    const pg = read(['', '## Skills', 'PostgreSQL, Kubernetes']).find((a) => a.skills.includes('PostgreSQL'))!;
    expect(pg).toMatchObject({ candidateYears: null, met: null });
  });

  it('two lines asking years of the same skills are one area, at the larger figure', () => {
    const k8s = read([]).filter((a) => a.skills.includes('Kubernetes'));
    expect(k8s).toHaveLength(1);
    expect(k8s[0].requiredYears).toBe(4);
  });
});
