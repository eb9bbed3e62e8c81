// Issue 16: where a resume's name is read from, on snippets written for the test.
import { describe, expect, it } from 'vitest';
import { candidateName } from '../../src/analyze/resume.js';

describe('name: only the top of the document, before the first section, or a labelled line', () => {
  it('a short capitalised item under a skills heading is no name', () => {
    expect(candidateName(['Skill Highlights', 'Payroll Tracker', 'Forklift Certified', 'Team Player'])).toBeNull();
    expect(candidateName(['Work History', 'Harbor Logistics', 'Shift Lead 2019 to Current'])).toBeNull();
    expect(candidateName(['Professional Summary', 'Dependable worker.', 'Core Skills', 'Ledger Pro'])).toBeNull();
  });
  it('a name above the first heading is still read', () => {
    expect(candidateName(['Maya Lindqvist', 'Skill Highlights', 'Payroll Tracker'])).toBe('Maya Lindqvist');
    expect(candidateName(['Curriculum Vitae', 'TOMAS REYES', 'Work History'])).toBe('Tomas Reyes');
  });
  it('a labelled "Name:" line anywhere gives the name, in any case', () => {
    expect(candidateName(['Career Objective', 'To grow.', 'Personal Details', 'Name : priya raman', 'DOB: 1990'])).toBe(
      'Priya Raman',
    );
    expect(candidateName(['Skills', 'Java', "Father's Name: Ravi Kumar"])).toBeNull();
    expect(candidateName(['Skills', 'Java', 'Company Name: Acme Ltd'])).toBeNull();
  });
});
