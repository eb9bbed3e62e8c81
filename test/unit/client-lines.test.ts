// Issue 16: a client's line ("Client: X", "Client X -") is whom the work was for, not the employer; snippets written for the test.
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/analyze/resume.js';

const asOf = new Date('2026-11-15');
const read = (text: string) =>
  analyzeResume({ path: 'r.txt', format: 'text', text, warnings: [] }, asOf).roles.map((r) => [r.title, r.employer]);

describe('client lines', () => {
  it('the company line is the employer, not the client under it', () => {
    expect(
      read(
        'Experience\nSoftware Engineer\nHooli Consulting Pvt Ltd -\nClient: Vandelay Industries\nJune 2015 to May 2018\n',
      ),
    ).toEqual([['Software Engineer', 'Hooli Consulting Pvt Ltd']]);
    expect(read('Experience\nTest Lead, Globex\nClient: Initech Systems Ltd\n2016 to 2018\n')).toEqual([
      ['Test Lead', 'Globex'],
    ]);
  });
  it('a client named after the employer on its line is cut off', () => {
    expect(read('Experience\nQA Analyst\nHooli Labs- Client- Initech Systems\nMay 2012 to June 2014\n')).toEqual([
      ['QA Analyst', 'Hooli Labs'],
    ]);
  });
  it('a role with only a client leaves the employer empty', () => {
    expect(read('Experience\nSenior Developer\nClient Vandelay Industries -\nJanuary 2019 to Present\n')).toEqual([
      ['Senior Developer', null],
    ]);
  });
  it('"Client Services Manager" is still a title', () => {
    expect(read('Experience\nClient Services Manager\nGlobex Corp -\n2014 to 2016\n')).toEqual([
      ['Client Services Manager', 'Globex Corp'],
    ]);
  });
});
