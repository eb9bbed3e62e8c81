// Issue 16: reading classes found on real resumes, each shown on a snippet written for the test.
import { describe, expect, it } from 'vitest';
import { levelsInLine } from '../../src/analyze/text/degrees.js';
import { candidateEducation } from '../../src/analyze/resume/education.js';
import { analyzeResume, candidateName } from '../../src/analyze/resume.js';
import { findRange, isoMonth, leadingMonth, rangeAcross, unreadRange } from '../../src/analyze/text/dates.js';
import { readRoles } from '../helpers/roles.js';

const level = (line: string) => levelsInLine(line).map((l) => l.level);

describe('degrees: abbreviations in any case and spacing', () => {
  it('reads bachelor forms with dots, spaces, hyphens or capitals', () => {
    for (const line of [
      'B.E in Mechanical Engineering',
      'B. Tech in Civil Engineering',
      'B.TECH FROM STATE UNIVERSITY IN 2018',
      'b-tech, electronics',
      'BTech (Chemical)',
      'B.SC (Maths)',
      'Bsc Botany',
      'BCA from City College',
      'B.Com with Honours',
      'BBA 2015',
      'BE Computer Science',
      'B E in Production Engineering',
    ])
      expect(level(line), line).toContain('bachelor');
  });
  it('reads master forms, a German Diplom and an MPhys', () => {
    for (const line of [
      'MCA in Computer Applications',
      'M.Tech (VLSI)',
      'MSC in Physics',
      'M.S in Data Science',
      'mba in finance',
      'MPhys Physics',
      'Diplom-Informatiker, TU Musterstadt',
    ])
      expect(level(line), line).toContain('master');
  });
  it('reads school-leaving certificates and diplomas at their level', () => {
    expect(level('S.S.C from State Board')).toEqual(['high school']);
    expect(level('HSC, 2010')).toEqual(['high school']);
    expect(level('12th standard, CBSE')).toEqual(['high school']);
    expect(level('High School Diploma')).toEqual(['high school']);
    expect(level('PGCE Secondary Mathematics')).toEqual(['certificate']);
    expect(level('Diploma in Hotel Management')).toEqual(['certificate']);
    expect(level('M.D. in Internal Medicine')).toEqual(['doctorate']);
  });
  it('does not take software or other abbreviations for degrees', () => {
    for (const line of [
      'MS Word, MS Access, MS-SQL',
      'Expert in MS Excel',
      'C.B.S.E. board',
      'MD of the company',
      'Boston, MA',
      'ABOUT ME',
      'to be decided',
    ])
      expect(
        level(line).filter((l) => l !== 'high school'),
        line,
      ).toEqual([]);
  });
  it('lists a degree named in the headline, while the level comes from the Education section', () => {
    const lines = [
      'Priya Nair',
      'B.Tech graduate with 3 years in testing',
      '',
      'EDUCATION',
      'M.Sc in Statistics',
      'City University',
    ];
    const e = candidateEducation(lines);
    expect(e.candidate).toBe('master');
    expect(e.degrees.map((d) => [d.level, d.evidence.line])).toEqual([
      ['master', 5],
      ['bachelor', 2],
    ]);
  });
});

const asOf = new Date('2026-11-01T00:00:00Z');
const span = (line: string) => {
  const r = findRange(line, asOf);
  return r && [isoMonth(r.start), isoMonth(r.end)];
};

describe('dates: the spellings real resumes use', () => {
  it('reads "till date", "to date", "current", "ongoing", "now" as the reference month', () => {
    expect(span('Aug 2020 to Till Date')).toEqual(['2020-08', '2026-11']);
    expect(span('11/2017 – till date')).toEqual(['2017-11', '2026-11']);
    expect(span('12/2015 to Current')).toEqual(['2015-12', '2026-11']);
    expect(span('Jan 2021 - Ongoing')).toEqual(['2021-01', '2026-11']);
    expect(span('Mar 2022 – Now')).toEqual(['2022-03', '2026-11']);
  });
  it('reads year-first and dotted months, and two-digit years', () => {
    expect(span('2014/09 – 2017/03')).toEqual(['2014-09', '2017-03']);
    expect(span('09.2014 – 03.2017')).toEqual(['2014-09', '2017-03']);
    expect(span("Jan '19 – Jun '21")).toEqual(['2019-01', '2021-06']);
  });
  it('reads German, French, Spanish, Portuguese, Italian and Dutch months and "present"', () => {
    expect(span('Mär 2019 – heute')).toEqual(['2019-03', '2026-11']);
    expect(span('März 2019 bis Juni 2020')).toEqual(['2019-03', '2020-06']);
    expect(span("janv. 2018 – aujourd'hui")).toEqual(['2018-01', '2026-11']);
    expect(span('enero 2017 - actualidad')).toEqual(['2017-01', '2026-11']);
    expect(span('set 2015 – atual')).toEqual(['2015-09', '2026-11']);
    expect(span('gen 2014 - oggi')).toEqual(['2014-01', '2026-11']);
    expect(span('mrt 2016 – heden')).toEqual(['2016-03', '2026-11']);
  });
  it('takes no word that merely starts like a month for one', () => {
    expect(findRange('Setup 2019 - 2020', asOf)?.match).toBe('2019 - 2020');
    expect(findRange('Outlook 2016 - 2019', asOf)?.match).toBe('2016 - 2019');
  });
  it('reads a range broken over lines, and a month alone', () => {
    expect(rangeAcross(['March 2011', 'to', 'June 2013'], 0, asOf)?.range.match).toBe('March 2011 to June 2013');
    expect(rangeAcross(['Acme  Jan 2019 –', 'Present'], 0, asOf)?.last).toBe(1);
    expect(rangeAcross(['Jan 2019', 'Acme Corp'], 0, asOf)).toBeNull();
    const m = leadingMonth('Mar 2021 Acme Corp', asOf)!;
    expect([isoMonth(m.start), isoMonth(m.end)]).toEqual(['2021-03', '2021-03']);
  });
  it('knows a line shaped like a range that it cannot read', () => {
    expect(unreadRange('13/2019 – 05/2020', asOf)).toBe(true);
    expect(unreadRange('Jan 2019 – Presnt', asOf)).toBe(true);
    expect(unreadRange('Jan 2019 – Present', asOf)).toBe(false);
    expect(unreadRange('Windows 10 - Office 365', asOf)).toBe(false);
  });
});

const read = (text: string) => readRoles(text, asOf);

describe('roles: title and employer by their features, in the layouts real resumes use', () => {
  it('title above, dates then employer and place on the next line', () => {
    expect(
      read('Experience\nPayroll Clerk\nJanuary 2011 to November 2015 Company Name - City , State\n- Ran payroll'),
    ).toEqual([['Payroll Clerk', 'Company Name', '2011-01', '2015-11']]);
  });
  it('employer, dates and title run together on one line with single spaces', () => {
    expect(read('Work History\nCompany Name August 2006 to May 2017 Reading Teacher\nTaught reading.')).toEqual([
      ['Reading Teacher', 'Company Name', '2006-08', '2017-05'],
    ]);
    expect(read('Experience\nSales 12/2015 to Current Company Name City , State\nSold things.')).toEqual([
      ['Sales', 'Company Name', '2015-12', '2026-11'],
    ]);
  });
  it('title, then employer with its place and a trailing dash, then the dates: the city is no employer', () => {
    expect(
      read('WORK EXPERIENCE\n\nTeam Member\n\nAcme -  Pune, Maharashtra -\n\nOctober 2017 to Present\n\n- Built forms'),
    ).toEqual([['Team Member', 'Acme', '2017-10', '2026-11']]);
    // No job word at all: the employer's line still tells them apart.
    expect(read('WORK EXPERIENCE\n\nSubject matter Expert\n\nGlobex -\n\nMarch 2012 to Present\n')).toEqual([
      ['Subject matter Expert', 'Globex', '2012-03', '2026-11'],
    ]);
  });
  it('never swaps title and employer, whichever line comes first', () => {
    expect(read('Experience\nInitech Labs\nQuality Analyst\n2016 – 2019')).toEqual([
      ['Quality Analyst', 'Initech Labs', '2016-01', '2019-12'],
    ]);
    expect(read('Experience\nQuality Analyst\nInitech Labs\n2016 – 2019')).toEqual([
      ['Quality Analyst', 'Initech Labs', '2016-01', '2019-12'],
    ]);
    expect(read('Experience\nCo-Founder & CTO, Nexus Labs – Berlin  June 2023 – present')).toEqual([
      ['Co-Founder & CTO', 'Nexus Labs', '2023-06', '2026-11'],
    ]);
  });
  it('reads a role whose dates a layout broke over lines, and a role of one month', () => {
    expect(read('Experience\nLine Cook\nMarch 2011\nto\nJune 2013\nCooked.')).toEqual([
      ['Line Cook', null, '2011-03', '2013-06'],
    ]);
    expect(read('Experience\nGraphic Designer\nApril 2015 Company Name - City , State\nDesigned.')).toEqual([
      ['Graphic Designer', 'Company Name', '2015-04', '2015-04'],
    ]);
  });
  it('an undated role is still a role, without years', () => {
    const r = analyzeResume(
      {
        path: 'r.txt',
        format: 'text',
        text: 'WORK EXPERIENCE\n\nAssociate consultant\n\nAcme labs\n\n- Wrote tests\n\nEDUCATION\nBSc',
        warnings: [],
      },
      asOf,
    );
    expect(r.roles.map((x) => [x.title, x.employer, x.start])).toEqual([['Associate consultant', 'Acme labs', null]]);
    expect(r.experience.candidateYears).toBeNull();
  });
  it('reads a role said in a sentence: "working as" a title "in" an employer', () => {
    expect(
      read('Experience\n- Working as Configuration Engineer in Globex, Pune from July 2015 to till date.'),
    ).toEqual([['Configuration Engineer', 'Globex', '2015-07', '2026-11']]);
  });
  it('keeps a dated sentence in a role no role', () => {
    expect(
      read('Experience\nProduct Manager | Umbrella | 2015-2017\nSummary of 2016-2017 achievements: grew revenue'),
    ).toEqual([['Product Manager', 'Umbrella', '2015-01', '2017-12']]);
  });
});

describe('a date range that cannot be read is named, never silent', () => {
  it('gives the line as a fact of the profile and a resume.date-unread message', async () => {
    const { checkFit } = await import('../../src/check.js');
    const text =
      'Jane Roe\njane@example.com\n\nExperience\nAnalyst, Acme\n13/2019 – 05/2020\n- Built reports in Python\n';
    const r = analyzeResume({ path: 'r.txt', format: 'text', text, warnings: [] }, asOf);
    expect(r.unreadDates).toEqual([{ line: 6, text: '13/2019 – 05/2020', match: '13/2019 – 05/2020' }]);
    const result = checkFit(text, 'Data Analyst\n\nRequirements\n- Python', { asOf });
    const m = result.messages.find((x) => x.id === 'resume.date-unread');
    expect(m?.resume[0]?.line).toBe(6);
    expect(result.resume.warnings).toContain(m?.reason);
    // The score's unknown years say which line could not be read.
    const years = checkFit(text, 'Data Analyst\n\nRequirements\n- 3+ years of experience\n- Python', { asOf });
    const experience = years.components.find((c) => c.name === 'experience');
    expect(experience?.points).toBe(0);
    expect(experience?.detail).toMatch(/could not read the dates on line 6 \("13\/2019 – 05\/2020"\)/);
  });
});

describe('names at the top of a resume', () => {
  it('reads names in any case on the first line, with initials', () => {
    expect(candidateName(['arjun ks', 'Team Lead - Acme'])).toBe('Arjun Ks');
    expect(candidateName(['R Arunravi', 'Chennai'])).toBe('R Arunravi');
    expect(candidateName(['Ramya. P', 'Bengaluru'])).toBe('Ramya. P');
    expect(candidateName(['Vamsi krishna', 'Hyderabad'])).toBe('Vamsi krishna');
    expect(candidateName(['J O H N  D O E', 'Data Analyst'])).toBe('John Doe');
  });
  it('takes no heading, label or job title for a name', () => {
    expect(candidateName(['Skill Highlights', 'Python, SQL'])).toBeNull();
    expect(candidateName(['SALES ASSOCIATE', 'Professional Summary'])).toBeNull();
    expect(candidateName(['Curriculum Vitae', ''])).toBeNull();
    expect(candidateName(['CHILD FAMILY ADVOCATE', 'Summary'])).toBeNull();
    expect(candidateName(['software engineer', 'Summary'])).toBeNull();
  });
});

describe('what is not a skill: employers, schools, colleagues, references', () => {
  const skills = (text: string) =>
    analyzeResume({ path: 'r.txt', format: 'text', text, warnings: [] }, asOf).skills.map((s) => [
      s.skill,
      s.evidence.map((e) => e.line),
    ]);
  it('an employer on a role heading is no evidence; the same name in a bullet is', () => {
    const found = skills(
      'Experience\nPayroll Clerk, Salesforce  Jan 2019 – Present\n- Ran payroll\n- Automated reports in Salesforce\n',
    );
    expect(found).toContainEqual(['Salesforce', [4]]);
  });
  it("a colleague's title, a school and a reference's words are no evidence", () => {
    const found = skills(
      [
        'Experience',
        'Analyst, Acme  2019 – 2022',
        '- Partnered with data scientists and reported to the marketing director',
        'Education',
        'B.Sc, Data Science Institute – Pune',
        'References',
        'Jane Doe, Initech: "a Kubernetes expert"',
      ].join('\n'),
    ).map(([s]) => s);
    expect(found).not.toContain('Data Science');
    expect(found).not.toContain('Marketing');
    expect(found).not.toContain('Kubernetes');
    // The evidence still shows the line as written.
    const kept = analyzeResume(
      { path: 'r.txt', format: 'text', text: 'Skills\nPython, working with data scientists', warnings: [] },
      asOf,
    ).skills.find((s) => s.skill === 'Python');
    expect(kept?.evidence[0].text).toBe('Python, working with data scientists');
  });
  it("a team the candidate worked with is the team's work, not the candidate's skill", () => {
    const found = skills(
      'Experience\nData Engineer, Acme  2019 – 2022\n- Worked with the analytics team on reporting\n- Supported the DevOps team\n',
    ).map(([s]) => s);
    expect(found).not.toContain('Data Analysis');
    expect(found).not.toContain('DevOps');
    // The candidate's own analytics work still counts.
    const own = skills('Experience\nData Engineer, Acme  2019 – 2022\n- Built analytics for the sales team\n').map(
      ([s]) => s,
    );
    expect(own).toContain('Data Analysis');
  });
});

describe('headings: one detector, any case or spacing', () => {
  it('names the section of the headings real resumes use', async () => {
    const { resumeSection, workHeading, resumeHeading, degreeHeading } =
      await import('../../src/analyze/text/headings.js');
    for (const h of [
      'WORK HISTORY',
      'Employment History',
      'PROFESSIONAL EXPERIENCE',
      'Career History',
      'work   experience:',
    ])
      expect(resumeSection(h), h).toBe('experience');
    for (const h of ['ACADEMIC PROFILE', 'Educational Qualifications', 'Qualifications'])
      expect(resumeSection(h), h).toBe('education');
    expect(resumeSection('Skill Highlights')).toBe('skills');
    expect(resumeSection('W O R K  H I S T O R Y')).toBe('experience');
    expect(workHeading(resumeHeading('W O R K  H I S T O R Y')!)).toBe('work');
    expect(degreeHeading(resumeHeading('ACADEMIC PROFILE')!)).toBe('opens');
    expect(resumeSection('Project Lead')).toBeNull();
  });
  it('reads roles under a letter-spaced heading', () => {
    expect(read('E X P E R I E N C E\nData Analyst, Acme  2019 – 2021')).toEqual([
      ['Data Analyst', 'Acme', '2019-01', '2021-12'],
    ]);
  });
});
