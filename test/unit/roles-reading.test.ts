// Issue 16, role reading: each class of role heading found on real resumes, on a snippet written for the test.
import { describe, expect, it } from 'vitest';
import { lineParts, namesJob, pickTitleAndEmployer } from '../../src/analyze/resume/role-parts.js';
import { readRoles } from '../helpers/roles.js';

const asOf = new Date('2026-11-15');
const read = (text: string) => readRoles(text, asOf);

describe('title and employer never swap', () => {
  it('leaves the title empty rather than take the employer line for it', () => {
    expect(read('WORK EXPERIENCE\n\nHooli Systems -  Pune, Maharashtra -\n\nMarch 2012 to Present\n')).toEqual([
      ['', 'Hooli Systems', '2012-03', '2026-11'],
    ]);
  });
  it('a part with an employer word is never the title', () => {
    const picked = pickTitleAndEmployer(lineParts('Vandelay Industries Ltd', -1));
    expect(picked.title).toBeNull();
    expect(picked.employer?.text).toBe('Vandelay Industries Ltd');
  });
});

describe('a role reads the way its heading is written', () => {
  it('keeps a bracket of words in the title, and a bracket of the employer in its name', () => {
    expect(
      read('WORK EXPERIENCE\n\nDelivery Manager (Platform Services)\n\nGlobex -\n\nJanuary 2016 to Present\n'),
    ).toEqual([['Delivery Manager (Platform Services)', 'Globex', '2016-01', '2026-11']]);
    expect(read('Experience\nQuality Engineer\nStarkware (Vendor @ Initech) -\n2014 to 2017\n')).toEqual([
      ['Quality Engineer', 'Starkware (Vendor @ Initech)', '2014-01', '2017-12'],
    ]);
  });
  it('drops a bracket of figures, and one naming a job after an employer', () => {
    expect(read('Experience\nData Analyst (2 yrs)\nUmbrella Ltd (Team Lead) -\n2014 to 2016\n')).toEqual([
      ['Data Analyst', 'Umbrella Ltd', '2014-01', '2016-12'],
    ]);
  });
  it('keeps two titles joined by a slash as one title', () => {
    expect(read('Experience\nBilling Analyst / Team Lead\nAcme Corp -\n2015 to 2018\n')).toEqual([
      ['Billing Analyst / Team Lead', 'Acme Corp', '2015-01', '2018-12'],
    ]);
  });
  it('"Title in Employer" on the title line: the employer said outright wins over a department line', () => {
    expect(read('WORK EXPERIENCE\n\nPayroll Officer in Initech\n\nFinance -\n\nMay 2013 to June 2016\n')).toEqual([
      ['Payroll Officer', 'Initech', '2013-05', '2016-06'],
    ]);
    expect(read('WORK EXPERIENCE\n\nSupport Analyst at Hooli\n\nOperations -\n\nMay 2013 to June 2016\n')).toEqual([
      ['Support Analyst', 'Hooli', '2013-05', '2016-06'],
    ]);
  });
  it('"Manager in Training" is one title, not a manager at "Training"', () => {
    const picked = pickTitleAndEmployer(lineParts('Store Manager in Training', 0));
    expect(picked.title?.text).toBe('Store Manager in Training');
    expect(picked.employer).toBeNull();
  });
  it('"Manager of …" names a job even when its field sounds like a company', () => {
    expect(namesJob(lineParts('Manager of Information Technologies', 1))).toBe(true);
  });
});

describe('a dates-only line, then the title and employer run together with no separator', () => {
  it('parts them where the title ends: at its last job word and grade', () => {
    expect(
      read('Experience\n03/2009 to 11/2014\nAccountant II Vandelay Industries ｜ Springfield , Ohio\nKept books.'),
    ).toEqual([['Accountant II', 'Vandelay Industries', '2009-03', '2014-11']]);
    expect(read('Experience\n03/2009 to 11/2014\nShift Supervisor Company Name City , State\nRan shifts.')).toEqual([
      ['Shift Supervisor', 'Company Name', '2009-03', '2014-11'],
    ]);
  });
  it('reads a long heading line of title, employer and place', () => {
    expect(
      read(
        'Experience\n04/2001 - 06/2008\nRegional Compliance Specialist/Benefits Coordinator Company Name - Springfield , Ohio\nDid things.',
      ),
    ).toEqual([['Regional Compliance Specialist/Benefits Coordinator', 'Company Name', '2001-04', '2008-06']]);
    // Eleven tokens, one of them the stray glyph some PDF text gives for "｜": still a heading line.
    expect(
      read(
        'Experience\n01/1999 to 01/2004\nBranch Office Manager / Regional Sales Manager Acme Corp ï¼ Springfield , Ohio\nRan it.',
      ),
    ).toEqual([['Branch Office Manager / Regional Sales Manager', 'Acme Corp', '1999-01', '2004-01']]);
  });
});

describe('a work history runs on through the labels of a role', () => {
  it('"Project:" and "Project Description:" lines are no section headings', () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'Integration Developer',
      '',
      'Acme Corp -',
      '',
      'April 2017 to Present',
      '',
      'Project: Order Hub',
      'Project Description:',
      'Built an order hub.',
      '',
      'Support Engineer',
      '',
      'Globex -',
      '',
      'June 2013 to March 2017',
      '',
      'PROJECTS',
      'Side project 2019 - 2020',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Integration Developer', 'Acme Corp', '2017-04', '2026-11'],
      ['Support Engineer', 'Globex', '2013-06', '2017-03'],
    ]);
  });
  it('an employer line in capitals is no section heading, even where the headings are in capitals', () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'Family Bakery',
      '',
      'SELF EMPLOYED -',
      '',
      'February 2015 to Present',
      '',
      'Field Technician',
      '',
      'Initech -',
      '',
      'October 2012 to January 2015',
      '',
      'EDUCATION',
      '',
      'SKILLS',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Family Bakery', 'SELF EMPLOYED', '2015-02', '2026-11'],
      ['Field Technician', 'Initech', '2012-10', '2015-01'],
    ]);
  });
});

describe('a role said in a sentence, the employer first', () => {
  it('"Worked with X, City as Y from …"', () => {
    expect(read('Experience\n- Worked with Globex, Pune as Release Engineer from March 2014 to June 2016.')).toEqual([
      ['Release Engineer', 'Globex', '2014-03', '2016-06'],
    ]);
  });
  it('"Currently working in X as Y since …"', () => {
    const picked = pickTitleAndEmployer(lineParts('Currently working in Initech as a Test Analyst since 2019', 0));
    expect([picked.title?.text, picked.employer?.text]).toEqual(['Test Analyst', 'Initech']);
  });
});

describe('labelled fields and several roles under one employer', () => {
  it('"Company:" and "Designation:" lines say which is which', () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'Company: Globex Pvt Ltd',
      'Designation: Senior Analyst',
      'Duration: June 2015 to March 2018',
      '',
      'Designation: Analyst | Company: Initech',
      'Duration: Jan 2012 to May 2015',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Senior Analyst', 'Globex Pvt Ltd', '2015-06', '2018-03'],
      ['Analyst', 'Initech', '2012-01', '2015-05'],
    ]);
  });
  it('an employer over several dated titles heads each of them, up to the next employer', () => {
    const text = [
      'Experience',
      'Globex Corp, Berlin',
      'Senior Engineer   Jan 2019 – Present',
      '- Led the platform team',
      'Engineer   Mar 2016 – Dec 2018',
      '- Built the billing service',
      '',
      'Initech',
      'Analyst   2014 – 2016',
      '- Wrote reports',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Senior Engineer', 'Globex Corp', '2019-01', '2026-11'],
      ['Engineer', 'Globex Corp', '2016-03', '2018-12'],
      ['Analyst', 'Initech', '2014-01', '2016-12'],
    ]);
  });
  it('the next layout block with its own employer line keeps its own (empty) employer', () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'Release Engineer',
      '',
      'Hooli -',
      '',
      'March 2014 to Present',
      '',
      'Test Engineer',
      '',
      '-',
      '',
      '2010 to 2014',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Release Engineer', 'Hooli', '2014-03', '2026-11'],
      ['Test Engineer', null, '2010-01', '2014-12'],
    ]);
  });
});

describe('dates inside a sentence', () => {
  it('"…, since March 2014 to date." names no job, so it heads no role', () => {
    expect(
      read(
        'WORK EXPERIENCE\n\nRelease Engineer\n\nHooli -\n\nMarch 2014 to Present\n\nBased in Pune, since March 2014 to till date.\n',
      ),
    ).toEqual([['Release Engineer', 'Hooli', '2014-03', '2026-11']]);
  });
  it('"from 10th March 2014" leaves no day or "from" in the title, and a lower-case tail is no employer', () => {
    const roles = read('Experience\nWorking as Build Engineer from 10th March 2014 to present with the release team\n');
    expect(roles).toEqual([['Build Engineer', null, '2014-03', '2026-11']]);
  });
});

describe('an undated role right above a dated one', () => {
  it('keeps its own title and employer: the dated heading stops at one title and one employer', () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'Solution Architect',
      '',
      'Vandelay Services -  Pune, Maharashtra',
      '',
      'Platform Engineer',
      '',
      'Hooli -  Austin -',
      '',
      'June 2016 to February 2017',
      '',
      '- Ran the build farm',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Solution Architect', 'Vandelay Services', null, null],
      ['Platform Engineer', 'Hooli', '2016-06', '2017-02'],
    ]);
  });
});

describe('acronyms and abbreviated job words under a work history', () => {
  it('an acronym alone on a line ("TCS", "SME") closes no work history set in capitals', () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'SME',
      '',
      'TCS',
      '',
      'Handled escalations for the billing desk.',
      '',
      'Customer Care',
      '',
      'Globex Bank Ltd -  Pune, Maharashtra -',
      '',
      'August 2014 to November 2016',
      '',
      'EDUCATION',
      '',
      'SKILLS',
    ].join('\n');
    expect(read(text)).toEqual([
      ['SME', 'TCS', null, null],
      ['Customer Care', 'Globex Bank Ltd', '2014-08', '2016-11'],
    ]);
  });
  it('"Rep", "Asst", "Mgr" name a job where a dated line needs one (outside a named work history)', () => {
    expect(read('Claims Rep | 2012 - 2014\nAsst. Store Mgr | 2010 - 2012\n')).toEqual([
      ['Claims Rep', null, '2012-01', '2014-12'],
      ['Asst. Store Mgr', null, '2010-01', '2012-12'],
    ]);
  });
});

describe('sentences and days are no heading', () => {
  it('a first-person sentence is neither title nor employer, on a dated line or an undated one', () => {
    const picked = pickTitleAndEmployer(lineParts('Nov 2014. I have worked as Release Engineer', 0));
    expect(picked.title).toBeNull();
    const text = [
      'WORK EXPERIENCE',
      '',
      'Payroll Clerk @ Initech',
      '',
      'Initech Services Ltd -  Pune, Maharashtra',
      '',
      'I am working as payroll clerk.',
      'Ledgers, invoices',
    ].join('\n');
    expect(read(text)).toEqual([['Payroll Clerk', 'Initech Services Ltd', null, null]]);
  });
  it('"2011 - 30 Nov 2011": two digits before a month are a day, not a year ending the range in 2030', () => {
    expect(read('Experience\nTraining at Hooli from 1st Aug 2011 - 30 Nov 2011 in Pune\n')).toEqual([]);
  });
});

describe('a role line labelled "Role:"', () => {
  it('gives the title without its label', () => {
    expect(
      read('WORK EXPERIENCE\n\nHooli Corp\nJan 2015 - Mar 2018\nRole: Integration Developer\n- Built the order hub\n'),
    ).toEqual([['Integration Developer', 'Hooli Corp', '2015-01', '2018-03']]);
    expect(read('WORK EXPERIENCE\n\nProject: Order Hub\nRole: Developer\nDuration: Jan 2015 - Mar 2018\n')).toEqual([
      ['Developer', null, '2015-01', '2018-03'],
    ]);
  });
});

describe('the employer, its place, then the title, run together below the dates', () => {
  it('reads the words after the place as the title, though they name no job word', () => {
    const text = [
      'Experience',
      '',
      'March 2016',
      'to',
      'Current',
      'Hooli Diner Inc City , State Hostess',
      '- Seated guests',
      '',
      'May 2010 to October 2015',
      'Globex Corp City , State Front Desk',
      '- Greeted visitors',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Hostess', 'Hooli Diner Inc', '2016-03', '2026-11'],
      ['Front Desk', 'Globex Corp', '2010-05', '2015-10'],
    ]);
  });
  it('a title before the place keeps its employer after it', () => {
    const picked = pickTitleAndEmployer(lineParts('Staff Accountant City , State Hooli', 1));
    expect([picked.title?.text, picked.employer?.text ?? null]).toEqual(['Staff Accountant', 'Hooli']);
  });
});
