// Area years compared with the resume's dated roles: snippets written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { analyzeResume } from '../../src/analyze/resume.js';
import { compareProfiles } from '../../src/check.js';

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
