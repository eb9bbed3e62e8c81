import { describe, expect, it } from 'vitest';
import { findRange, mergedYears } from '../../src/analyze/text/dates.js';
import { requiredEducation } from '../../src/analyze/job/education.js';
import { candidateEducation } from '../../src/analyze/resume/education.js';
import { jobTitle } from '../../src/analyze/job.js';
import { seniorityOfTitle } from '../../src/analyze/text/seniority.js';
import { requiredYears } from '../../src/analyze/text/years.js';
import { jobLines } from '../helpers/paths.js';

const asOf = new Date('2026-11-01T00:00:00Z');

describe('years required', () => {
  it('reads the board field and the glued requirement line', () => {
    expect(requiredYears(jobLines('discover-senior-lead-ml-engineer')).requiredYears).toBe(8);
    expect(
      requiredYears(['8+ years of experience in data solutions4+ years programming in PythonScalaor Java'])
        .requiredYears,
    ).toBe(8);
    expect(requiredYears(['at least five years of experience']).requiredYears).toBe(5);
    expect(requiredYears(['No numbers here']).requiredYears).toBeNull();
  });
});

describe('dates and merged years', () => {
  it('reads common range forms, Present at the reference date', () => {
    expect(findRange('Engineer, Acme — Jan 2015 – Present', asOf)).toMatchObject({
      start: 2015 * 12,
      end: 2026 * 12 + 10,
    });
    expect(findRange('06/2012 - 12/2015', asOf)).toMatchObject({ start: 2012 * 12 + 5, end: 2015 * 12 + 11 });
    expect(findRange('2016 – 2018', asOf)).toMatchObject({ start: 2016 * 12, end: 2018 * 12 + 11 });
  });
  it('counts overlapping roles once', () => {
    const a = { start: 2015 * 12, end: 2019 * 12 + 11 };
    const b = { start: 2017 * 12, end: 2018 * 12 + 11 };
    expect(mergedYears([a, b])).toBe(5);
  });
});

describe('seniority', () => {
  it('keeps the management track apart', () => {
    expect(seniorityOfTitle('Senior Manager, Machine Learning')).toBe('manager');
    expect(seniorityOfTitle('Senior Lead Machine Learning Engineer')).toBe('lead');
    expect(seniorityOfTitle('Senior Machine Learning Engineer')).toBe('senior');
  });
  it('finds the seed titles', () => {
    expect(jobTitle(jobLines('discover-senior-manager-machine-learning'))).toBe('Senior Manager, Machine Learning');
    expect(jobTitle(jobLines('senior-lead-ml-engineer-role-overview'))).toBe('Senior Lead Machine Learning Engineer');
  });
});

describe('education', () => {
  it('takes the lowest level a posting accepts', () => {
    expect(requiredEducation(jobLines('senior-ml-engineer-job-profile')).required).toBe('bachelor');
  });
  it('reads degree abbreviations but not MS Excel', () => {
    expect(candidateEducation(['M.S. in Computer Science']).candidate).toBe('master');
    expect(candidateEducation(['Ph.D., Physics']).candidate).toBe('doctorate');
    expect(candidateEducation(['Advanced MS Excel user']).candidate).toBeNull();
  });
});
