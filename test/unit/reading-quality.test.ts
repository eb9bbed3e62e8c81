import { describe, expect, it } from 'vitest';
import { candidateEducation } from '../../src/analyze/resume/education.js';
import { jobTitle } from '../../src/analyze/job.js';
import { analyzeResume, candidateName } from '../../src/analyze/resume.js';
import { findRoles } from '../../src/analyze/resume/roles.js';
import { ROOT, read } from '../helpers/paths.js';

// Patterns seen in real template exports (Reactive Resume, RenderCV, resume-matcher and others),
// rewritten as small text fixtures: the same person laid out four ways must read the same.
const asOf = new Date('2026-11-01T00:00:00Z');
const layout = (name: string) =>
  analyzeResume(
    { path: name, format: 'text', text: read(`${ROOT}test/fixtures/resumes/layouts/${name}`), warnings: [] },
    asOf,
  );
const roles = (text: string) => findRoles(text.split('\n'), asOf).map((r) => [r.title, r.employer]);

describe('one resume, four template layouts', () => {
  const LAYOUTS = ['stacked.txt', 'date-beside-employer.txt', 'date-below-link.txt', 'date-first.txt'];
  it.each(LAYOUTS)('%s reads the same name, roles, years, seniority and education', (name) => {
    const r = layout(name);
    expect(r.name).toBe('Maria Okafor');
    expect(r.roles.map((x) => [x.title, x.employer, x.start, x.end])).toEqual([
      ['Senior Data Engineer', 'Northwind Traders', '2020-03', '2026-11'],
      ['Data Engineer', 'Bluebird Logistics', '2016-07', '2020-02'],
    ]);
    expect(r.experience.candidateYears).toBe(10.4);
    expect(r.seniority.candidate).toBe('senior');
    expect(r.education.candidate).toBe('bachelor');
  });
});

describe('title and employer around the date', () => {
  it('finds the title below a date line that names the employer, and leaves the place out', () => {
    expect(roles('Experience\nAcme Corp  Jan 2019 – Present\nSenior Engineer  Berlin, DE\nShipped things.')).toEqual([
      ['Senior Engineer', 'Acme Corp'],
    ]);
    expect(roles('Experience\nJan 2019 - Present  Acme Corp\nSenior Engineer\nBerlin, DE')).toEqual([
      ['Senior Engineer', 'Acme Corp'],
    ]);
    expect(
      roles('Experience\nTelcoin  Aug 2020 - Present\nVice President, Banking Operations  Los Angeles, CA'),
    ).toEqual([['Vice President', 'Telcoin']]);
  });
  it('steps over a link and a blank line between the heading and a date alone on its line', () => {
    expect(
      roles('Experience\nAcme Corp.\nSenior Engineer\n https://acme.example/\n\nJan 2019 – Present\nAustin, TX'),
    ).toEqual([['Senior Engineer', 'Acme Corp.']]);
  });
  it('takes the employer from the line under a "Title  Month Year – Present" line', () => {
    expect(
      roles(
        'WORK EXPERIENCE\nStaff Infrastructure Engineer November 2021 – Present\nGlobex – Los Angeles, CA\n- Built things',
      ),
    ).toEqual([['Staff Infrastructure Engineer', 'Globex']]);
  });
  it('reads a date column that runs into the title, and a date followed by "/ City, ST"', () => {
    expect(roles('Experience\nInitech – Santa Clara, CA  May 2022 – Aug 2022 Research Intern')).toEqual([
      ['Research Intern', 'Initech'],
    ]);
    expect(roles('Experience\nDevOps Engineer\nS&P Global\nApril 2019 - current / Birmingham, AL')).toEqual([
      ['DevOps Engineer', 'S&P Global'],
    ]);
  });
  it('marks an internship named only on the title line, above or below the date', () => {
    const [above] = findRoles(['Experience', 'Data Science Intern', 'Hooli', 'Jun 2021 – Aug 2021'], asOf);
    expect(above).toMatchObject({ title: 'Data Science Intern', employer: 'Hooli', internship: true });
    const [below] = findRoles(['Experience', 'Hooli  Jun 2021 – Aug 2021', 'Data Science Intern  Austin, TX'], asOf);
    expect(below).toMatchObject({
      title: 'Data Science Intern',
      employer: 'Hooli',
      internship: true,
      seniority: 'intern',
    });
  });
  it('does not let a wrapped bullet ending the role above become the next heading', () => {
    const text =
      'Experience\nAcme  Jan 2019 – Present\nEngineer  Austin, TX\nMentored four junior developers, fostering a culture of technical\nexcellence.\nGlobex  2016 – 2018\nDeveloper  Dallas, TX';
    expect(roles(text)).toEqual([
      ['Engineer', 'Acme'],
      ['Developer', 'Globex'],
    ]);
  });
});

describe('which dated lines are jobs', () => {
  it('counts no honours, projects or volunteering, even under headings the lists do not know', () => {
    expect(layout('stacked.txt').roles).toHaveLength(2);
    expect(
      roles('Experience\nEngineer, Acme  2019 – 2021\nPersonal Projects\nFreight Tracker\nProject Lead\n(2019 – 2021)'),
    ).toEqual([['Engineer', 'Acme']]);
    expect(
      roles('Experience\nEngineer, Acme  2019 – 2021\nVolunteer Experience\nCode Coach, Girls Who Code  2021 – 2023'),
    ).toEqual([['Engineer', 'Acme']]);
  });
  it('reads "Academic Positions" as a work history, and an associate professor as no junior', () => {
    const [r] = findRoles(
      ['Academic Positions', 'Associate Professor, ETH Zurich — Sep 2022 – Present', 'Zurich, Switzerland'],
      asOf,
    );
    expect(r).toMatchObject({ title: 'Associate Professor', employer: 'ETH Zurich', seniority: null });
  });
  it('outside a named work section counts only a dated line that names a job', () => {
    const found = findRoles(["Dean's List (2013 – 2016)", 'Web Development Intern, Pixel Studio', 'Summer 2021'], asOf);
    expect(found).toMatchObject([
      { title: 'Web Development Intern', employer: 'Pixel Studio', start: '2021-06', end: '2021-08', internship: true },
    ]);
  });
  it('does not take a "Project Lead" title alone on a line for a Projects heading', () => {
    expect(roles('Experience\nProject Lead\nAcme\n2020 – 2022\nEngineer\nGlobex\n2017 – 2019')).toEqual([
      ['Project Lead', 'Acme'],
      ['Engineer', 'Globex'],
    ]);
  });
});

describe('names and job titles', () => {
  it('skips headings, labels and titles at the top and reads the name beside them', () => {
    expect(candidateName(['ANDERSON', 'Professional Summary', 'Seasoned engineer.'])).toBeNull();
    expect(candidateName(['Curriculum Vitae  John Doe', '', 'Personal Information  John Doe'])).toBe('John Doe');
    expect(candidateName(['Andy Dufresne | Headed for the Pacific'])).toBe('Andy Dufresne');
    expect(candidateName(['Dr. Zhen Wei', 'Associate Professor of Computer Science'])).toBe('Dr. Zhen Wei');
    expect(candidateName(['José García-López'])).toBe('José García-López');
    expect(candidateName(['Web Developer', 'Jane Roe'])).toBe('Jane Roe');
  });
  it('reads letter-spaced names when a wide gap or the email shows the word break, and capitals as one person', () => {
    expect(candidateName(['J A R E D   R I C H A R D S'])).toBe('Jared Richards');
    expect(candidateName(['J A R E D R I C H A R D S'], 'jared.richards@example.com')).toBe('Jared Richards');
    // A given name the e-mail starts with shows the break too (issue 16, light tracking); an e-mail that says
    // nothing of the name leaves the line unread.
    expect(candidateName(['J A R E D R I C H A R D S'], 'jaredrich@example.com')).toBe('Jared Richards');
    expect(candidateName(['J A R E D R I C H A R D S'], 'info@example.com')).toBeNull();
    expect(candidateName(['JOHN DOE'])).toBe('John Doe');
  });
  it('drops the "Job Description:" label and the years note from a posting title', () => {
    expect(jobTitle(['Job Description: Java Developer (3 Years of Experience)', 'Tech Solutions'])).toBe(
      'Java Developer',
    );
    expect(jobTitle(['Job Description: Senior Full Stack Engineer (5+ Years of', 'Experience)'])).toBe(
      'Senior Full Stack Engineer',
    );
    expect(jobTitle(['Position: Data Analyst'])).toBe('Data Analyst');
  });
});

describe('education outside its heading', () => {
  it('reads the degree a two-column layout moved under another heading, but not one in a role', () => {
    expect(
      candidateEducation([
        'Education',
        'Texas State University',
        'Projects',
        'Freight Tracker',
        'Bachelor of Science in Computer Science',
      ]).candidate,
    ).toBe('bachelor');
    expect(
      candidateEducation([
        'Education',
        'Texas State University',
        'Experience',
        'Tutor, Acme 2019 – 2021',
        '- Mentored PhD students',
      ]).candidate,
    ).toBeNull();
  });
});
