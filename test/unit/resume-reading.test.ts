import { describe, expect, it } from 'vitest';
import { findRange, isoMonth } from '../../src/analyze/text/dates.js';
import { candidateEducation } from '../../src/analyze/resume/education.js';
import { analyzeResume } from '../../src/analyze/resume.js';
import { findRoles } from '../../src/analyze/resume/roles.js';
import { leadershipEvidence } from '../../src/analyze/resume/leadership.js';
import { seniorityOfTitle } from '../../src/analyze/text/seniority.js';
import { ROOT, read } from '../helpers/paths.js';

const asOf = new Date('2026-11-01T00:00:00Z');
const fixture = (name: string) => `${ROOT}test/fixtures/resumes/${name}`;
const resume = (name: string) =>
  analyzeResume({ path: name, format: 'text', text: read(fixture(name)), warnings: [] }, asOf);
const span = (line: string) => {
  const r = findRange(line, asOf);
  return r && [isoMonth(r.start), isoMonth(r.end)];
};

describe('date ranges', () => {
  it('reads the forms people write, "Present" and "Current" at the reference date', () => {
    expect(span('Jan 2015 – Present')).toEqual(['2015-01', '2026-11']);
    expect(span('06/2012 - 12/2015')).toEqual(['2012-06', '2015-12']);
    expect(span('2016 – 2018')).toEqual(['2016-01', '2018-12']);
    expect(span('Sep 2019 – Current')).toEqual(['2019-09', '2026-11']);
    expect(span('2019–21')).toEqual(['2019-01', '2021-12']);
    expect(span('Summer 2020')).toEqual(['2020-06', '2020-08']);
    expect(span('September 2018 to date')).toEqual(['2018-09', '2026-11']);
    expect(span("Mar '17 – Jun '19")).toEqual(['2017-03', '2019-06']);
    expect(span('Since 2021')).toEqual(['2021-01', '2026-11']);
  });
  it('ignores what is not a range', () => {
    expect(span('Reduced costs by 2019–2015 standards')).toBeNull();
    expect(span('Posted March 19, 2026')).toBeNull();
  });
});

describe('roles and years', () => {
  it('merges overlapping roles, reads odd dates, and leaves internships out, saying so', () => {
    const r = resume('odd-dates-overlap.txt');
    expect(r.roles.map((x) => [x.title, x.employer, x.start, x.end, x.internship])).toEqual([
      ['Staff Data Engineer', 'Globex', '2019-09', '2026-11', false],
      ['Data Engineer', 'Initech', '2019-01', '2021-12', false],
      ['Senior Data Engineer', 'Umbrella Corp', '2012-06', '2015-12', false],
      ['Analytics Engineer', 'Hooli', '2016-01', '2018-12', false],
      ['Machine Learning Intern', 'Acme Labs', '2011-06', '2011-08', true],
      ['Research Assistant', null, '2010-06', '2010-08', true],
    ]);
    // 43 + 36 + 95 months once overlaps are merged = 14.5 years; the two summers are 0.5 years apart from that.
    expect(r.experience).toMatchObject({ candidateYears: 14.5, internshipYears: 0.5 });
    expect(r.experience.note).toMatch(/2 internship\(s\) shown but not counted/);
  });
  it('recognises the internship under an "Intern" title whose date line reads "Summer 2021 (Jun 2021 - Aug 2021)"', () => {
    const roles = findRoles(
      ['Web Development Intern, Pixel Studio', 'Summer 2021 (Jun 2021 - Aug 2021)', '- Styled pages'],
      asOf,
    );
    expect(roles).toMatchObject([
      { title: 'Web Development Intern', employer: 'Pixel Studio', internship: true, start: '2021-06', end: '2021-08' },
    ]);
  });
  it('reads title and employer in the common layouts, and no role from a date inside a sentence', () => {
    const roles = (text: string) => findRoles(text.split('\n'), asOf).map((r) => [r.title, r.employer]);
    expect(roles('EXPERIENCE\nACME CORP — New York, NY\nSenior Engineer\nJan 2019 – Present')).toEqual([
      ['Senior Engineer', 'ACME CORP'],
    ]);
    expect(roles('EXPERIENCE\nSenior Engineer\nAcme Corp, New York\nJan 2019 - Present')).toEqual([
      ['Senior Engineer', 'Acme Corp'],
    ]);
    expect(roles('Experience\nJan 2019 – Present  Senior Engineer, Acme')).toEqual([['Senior Engineer', 'Acme']]);
    expect(roles('Experience\n2019–21 | Data Analyst | Initech')).toEqual([['Data Analyst', 'Initech']]);
    expect(roles('Experience\nData Scientist\tGlobex\tSept. 2018 – Aug. 2020')).toEqual([['Data Scientist', 'Globex']]);
    expect(
      roles('Experience\nProduct Manager | Umbrella | 2015-2017\nSummary of 2016-2017 achievements: grew revenue'),
    ).toEqual([['Product Manager', 'Umbrella']]);
  });
  it('does not count a part-time job during a full-time one twice', () => {
    expect(resume('javascript-bootcamp.md').experience.candidateYears).toBe(12.8);
  });
  it('gives each skill the years and recency of the roles that mention it', () => {
    const r = resume('odd-dates-overlap.txt');
    const of = (s: string) => r.skillYears!.find((y) => y.skill === s);
    expect(of('Java')).toMatchObject({ years: 3.6, lastUsed: '2015-12', current: false });
    expect(of('Scala')).toMatchObject({ years: 7.3, current: true });
    expect(of('scikit-learn')).toMatchObject({ years: 0, lastUsed: '2011-08' });
    // AWS implies Cloud Platforms, with the same roles.
    expect(of('Cloud Platforms')?.years).toBe(7.3);
  });
  it('takes no years from dates in the education section', () => {
    expect(resume('odd-dates-overlap.txt').roles.some((x) => x.start === '2008-01')).toBe(false);
  });
});

describe('seniority', () => {
  it('reads titles on one ladder, management apart from leading', () => {
    expect(seniorityOfTitle('Senior Manager, Data')).toBe('manager');
    expect(seniorityOfTitle('Lead ML Engineer')).toBe('lead');
    expect(seniorityOfTitle('Senior Product Manager')).toBe('senior');
    expect(seniorityOfTitle('Head of Analytics')).toBe('director');
    expect(seniorityOfTitle('VP Engineering')).toBe('executive');
  });
  it('reads leadership and management from evidence, not from managed systems', () => {
    expect(leadershipEvidence(['- Led a team of 7 analysts'])?.level).toBe('lead');
    expect(leadershipEvidence(['- Managed 9 engineers across two sites'])?.level).toBe('manager');
    expect(leadershipEvidence(['- Managed data pipelines processing 200 TB'])).toBeNull();
    expect(leadershipEvidence(['- No experience leading a team yet'])).toBeNull();
  });
  it('uses the latest role; old management does not make a current staff engineer a manager', () => {
    expect(resume('odd-dates-overlap.txt').seniority).toMatchObject({ candidate: 'staff', track: 'individual' });
    expect(resume('onprem-lead.txt').seniority).toMatchObject({ candidate: 'lead' });
  });
  it('raises a plain title when the current role shows management', () => {
    const text =
      'Kim Park\nkim@example.com\nEXPERIENCE\nSenior Engineer, Acme — Jan 2019 – Present\n- Managed 9 engineers and hired 4.';
    expect(analyzeResume({ path: 'r', format: 'text', text, warnings: [] }, asOf).seniority).toMatchObject({
      candidate: 'manager',
      track: 'management',
    });
  });
});

describe('education', () => {
  const level = (line: string) => candidateEducation(['EDUCATION', line]).candidate;
  it('reads degrees in any common spelling', () => {
    const table: [string, string | null][] = [
      ['B.S. in Computer Science, Rutgers', 'bachelor'],
      ['BSc Mathematics, University of Leeds', 'bachelor'],
      ['B.Tech, Mechanical Engineering, IIT Delhi', 'bachelor'],
      ['M.S. in Statistics', 'master'],
      ['MSc Data Science', 'master'],
      ['MBA, Wharton', 'master'],
      ['Ph.D., Physics, MIT', 'doctorate'],
      ['Data Science Bootcamp certificate, General Assembly', 'certificate'],
      ['High-school diploma, Lincoln High', 'high school'],
      ['Associate degree in Nursing', 'associate'],
      ['Certified Scrum Master', null],
      ['Advanced MS Excel user', null],
    ];
    for (const [line, want] of table) expect([line, level(line)]).toEqual([line, want]);
  });
  it('reads the field and skips a degree still in progress', () => {
    const e = candidateEducation(['Education', 'Ph.D. in Economics (expected 2027)', 'M.A. in Economics, 2022']);
    expect(e).toMatchObject({ candidate: 'master', field: 'Economics' });
    expect(e.degrees[0]).toMatchObject({ level: 'doctorate', inProgress: true });
  });
  it('reads the field through Markdown emphasis', () => {
    expect(
      candidateEducation(['Education', '**BSc, Computer Science and Electrical Engineering**; University']).field,
    ).toBe('Computer Science and Electrical Engineering');
  });
  it('reads a bootcamp-only education with its field', () => {
    expect(resume('javascript-bootcamp.md').education).toMatchObject({
      candidate: 'certificate',
      field: 'Full-Stack Web Development',
    });
  });
  it('does not take "mentored PhD students" in a role for a degree when there is an Education section', () => {
    expect(candidateEducation(['Experience', '- Mentored PhD students', 'Education', 'B.A., History']).candidate).toBe(
      'bachelor',
    );
  });
});

describe('skills the resume shows', () => {
  it('drops mentions that deny a skill and counts leadership written as a sentence', () => {
    const names = resume('onprem-lead.txt').skills.map((h) => h.skill);
    expect(names).not.toContain('Cloud Platforms');
    expect(names).toContain('Leadership');
    expect(names).toContain('Hadoop');
  });
});
