import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/analyze/resume.js';
import { checkDocuments } from '../../src/check.js';
import { EXIT, run } from '../../src/cli/run.js';
import { loadBuffer } from '../../src/load/index.js';
import { memoryIO } from '../helpers/io.js';
import * as F from './fixtures.js';

afterAll(F.removeTempDirs);

const asOf = new Date('2026-11-01T00:00:00Z');
const load = (name: string, text: string | Buffer) =>
  loadBuffer(name, Buffer.isBuffer(text) ? text : Buffer.from(text), { kind: 'resume' });
const facts = async (name: string, text: string) => {
  const doc = await load(name, text);
  const r = analyzeResume(doc, asOf);
  return {
    format: doc.format,
    name: r.name,
    years: r.experience.candidateYears,
    education: r.education.candidate,
    skills: r.skills.map((s) => s.skill).sort(),
    roles: r.roles.map((x) => `${x.title} @ ${x.employer} ${x.start}..${x.end}`),
  };
};

const JSON_RESUME = {
  basics: {
    name: 'Mara Quinn',
    label: 'Data Engineer',
    email: 'mara@example.com',
    phone: '+44 20 7946 0000',
    location: { city: 'Leeds', countryCode: 'GB' },
    summary: 'Builds data platforms.',
  },
  work: [
    {
      name: 'Tessellate',
      position: 'Senior Data Engineer',
      startDate: '2021-04',
      highlights: ['Moved batch ETL to Apache Airflow and dbt on Snowflake.'],
    },
    {
      name: 'Ridgeway Retail',
      position: 'Data Engineer',
      startDate: '2017-09-01',
      endDate: '2021-03-31',
      summary: 'Wrote Python and SQL pipelines.',
    },
  ],
  education: [
    {
      institution: 'University of York',
      studyType: 'Bachelor',
      area: 'Computer Science',
      startDate: '2014',
      endDate: '2017',
    },
  ],
  skills: [
    { name: 'Data', keywords: ['Python', 'SQL', 'Spark'] },
    { name: 'Cloud', keywords: ['AWS', 'Terraform'] },
  ],
};
// The same resume as the canonical text the loaders render.
const AS_TEXT = `Mara Quinn
Data Engineer
mara@example.com | +44 20 7946 0000 | Leeds, GB

Summary
Builds data platforms.

Experience
Senior Data Engineer, Tessellate — Apr 2021 – Present
- Moved batch ETL to Apache Airflow and dbt on Snowflake.
Data Engineer, Ridgeway Retail — Sep 2017 – Mar 2021
Wrote Python and SQL pipelines.

Education
Bachelor in Computer Science, University of York — 2014 – 2017

Skills
Data: Python, SQL, Spark
Cloud: AWS, Terraform`;

const YAML_RESUME = `content:
  basics:
    name: Mara Quinn
    headline: Data Engineer
    email: mara@example.com
    phone: "+44 20 7946 0000"
    summary: Builds data platforms.
  location:
    city: Leeds
    country: GB
  work:
    - name: Tessellate
      position: Senior Data Engineer
      startDate: Apr 1, 2021
      summary: |
        - Moved batch ETL to Apache Airflow and dbt on Snowflake.
    - name: Ridgeway Retail
      position: Data Engineer
      startDate: Sep 1, 2017
      endDate: Mar 31, 2021
      summary: Wrote Python and SQL pipelines.
  education:
    - institution: University of York
      degree: Bachelor
      area: Computer Science
      startDate: "2014"
      endDate: "2017"
  skills:
    - name: Data
      keywords: [Python, SQL, Spark]
    - name: Cloud
      keywords: [AWS, Terraform]
`;

// The same resume as a resume builder's export (Reactive Resume): sections with items, HTML summaries, free-text
// dates, and layout metadata (css, fonts, colours) that is not resume text.
const REACTIVE = {
  basics: {
    name: 'Mara Quinn',
    headline: 'Data Engineer',
    email: 'mara@example.com',
    phone: '+44 20 7946 0000',
    location: 'Leeds, GB',
    url: { label: '', href: '' },
    customFields: [],
  },
  sections: {
    summary: { name: 'Summary', visible: true, id: 'summary', content: '<p>Builds data platforms.</p>' },
    experience: {
      name: 'Experience',
      visible: true,
      id: 'experience',
      items: [
        {
          id: 'a1',
          visible: true,
          company: 'Tessellate',
          position: 'Senior Data Engineer',
          location: '',
          date: 'April 2021 to Present',
          summary: '<ul><li><p>Moved batch ETL to Apache Airflow and dbt on Snowflake.</p></li></ul>',
          url: { label: '', href: '' },
        },
        {
          id: 'a2',
          visible: true,
          company: 'Ridgeway Retail',
          position: 'Data Engineer',
          date: 'Sep 2017 - Mar 2021',
          summary: '<p>Wrote Python and SQL pipelines.</p>',
        },
        {
          id: 'a3',
          visible: false,
          company: 'Old Draft Ltd',
          position: 'Kubernetes Administrator',
          date: 'Jan 2010 - Dec 2012',
          summary: '',
        },
      ],
    },
    education: {
      name: 'Education',
      visible: true,
      id: 'education',
      items: [
        {
          id: 'e1',
          visible: true,
          institution: 'University of York',
          studyType: 'Bachelor',
          area: 'Computer Science',
          date: '2014 - 2017',
          score: '',
          summary: '',
        },
      ],
    },
    skills: {
      name: 'Skills',
      visible: true,
      id: 'skills',
      items: [
        { id: 's1', visible: true, name: 'Data', description: '', level: 0, keywords: ['Python', 'SQL', 'Spark'] },
        { id: 's2', visible: true, name: 'Cloud', description: '', level: 0, keywords: ['AWS', 'Terraform'] },
      ],
    },
    interests: {
      name: 'Interests',
      visible: false,
      id: 'interests',
      items: [{ id: 'i1', visible: true, name: 'Docker' }],
    },
    profiles: { name: 'Profiles', visible: true, id: 'profiles', items: [] },
    custom: {},
  },
  metadata: {
    template: 'sample',
    layout: [
      [
        ['summary', 'experience', 'education'],
        ['skills', 'profiles'],
      ],
    ],
    css: { value: '* { outline: 1px solid #000; }', visible: false },
    theme: { background: '#ffffff', text: '#000000', primary: '#0891b2' },
    typography: { font: { family: 'Merriweather', size: 13 }, lineHeight: 1.75, underlineLinks: true },
    notes: 'Tailor for the Kafka role.',
  },
};

const RENDERCV = `cv:
  name: Mara Quinn
  email: mara@example.com
  phone: "+44 20 7946 0000"
  location: Leeds, GB
  sections:
    summary:
      - Builds data platforms.
    experience:
      - company: Tessellate
        position: Senior Data Engineer
        start_date: 2021-04
        end_date: present
        highlights:
          - Moved batch ETL to Apache **Airflow** and dbt on [Snowflake](https://snowflake.com).
      - company: Ridgeway Retail
        position: Data Engineer
        start_date: 2017-09
        end_date: 2021-03
        summary: Wrote Python and SQL pipelines.
    education:
      - institution: University of York
        area: Computer Science
        degree: BS
        start_date: 2014
        end_date: 2017
    skills:
      - label: Data
        details: Python, SQL, Spark
      - label: Cloud
        details: AWS, Terraform
`;

describe('resume-as-code reads like the same resume in text', () => {
  it('JSON Resume, YAMLResume and RenderCV give the text version’s roles, years, skills and education', async () => {
    const text = await facts('resume.txt', AS_TEXT);
    expect(text.years).toBeCloseTo(9.2, 0);
    expect(text.roles).toHaveLength(2);
    for (const [name, source, format] of [
      ['resume.json', JSON.stringify(JSON_RESUME, null, 2), 'json-resume'],
      ['cv.yml', YAML_RESUME, 'yamlresume'],
      ['cv.yaml', RENDERCV, 'rendercv'],
      ['piped', JSON.stringify(JSON_RESUME), 'json-resume'],
      ['reactive.json', JSON.stringify(REACTIVE, null, 2), 'reactive-resume'],
      ['-', JSON.stringify(REACTIVE), 'reactive-resume'],
    ]) {
      const got = await facts(name, source);
      expect(got.format).toBe(format);
      expect({ ...got, format: text.format }).toEqual(text);
    }
  });

  it('renders JSON Resume as canonical lines the analyzers read', async () => {
    const doc = await load('resume.json', JSON.stringify(JSON_RESUME));
    expect(doc.text.split('\n')).toEqual(
      expect.arrayContaining([
        'Senior Data Engineer, Tessellate — Apr 2021 – Present',
        'Data: Python, SQL, Spark',
        'Bachelor in Computer Science, University of York — 2014 – 2017',
      ]),
    );
  });

  it('renders a Reactive Resume export as a resume: visible items only, builder dates canonical, no layout metadata', async () => {
    const doc = await load('reactive.json', JSON.stringify(REACTIVE));
    const lines = doc.text.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Senior Data Engineer, Tessellate — Apr 2021 – Present',
        '- Moved batch ETL to Apache Airflow and dbt on Snowflake.',
        'Data Engineer, Ridgeway Retail — Sep 2017 – Mar 2021',
        'Data: Python, SQL, Spark',
      ]),
    );
    expect(doc.text).not.toMatch(/css|outline|Merriweather|#0891b2|Kafka|Kubernetes|Docker|Old Draft/i);
  });

  it('recognises RenderCV and YAMLResume by structure even without a .yaml name (stdin)', async () => {
    expect((await load('-', RENDERCV)).format).toBe('rendercv');
    expect((await load('-', YAML_RESUME)).format).toBe('yamlresume');
  });

  it('reads other JSON (a job in JSON Resume job schema) as labelled lines', async () => {
    const doc = await loadBuffer(
      'job.json',
      Buffer.from(
        JSON.stringify({
          title: 'Data Engineer',
          company: 'Acme',
          qualifications: ['3+ years of Python', 'SQL'],
          skills: [{ name: 'Cloud', keywords: ['AWS'] }],
        }),
      ),
    );
    expect(doc.format).toBe('json');
    expect(doc.text.split('\n')).toEqual(
      expect.arrayContaining(['Data Engineer', 'Company: Acme', '- 3+ years of Python']),
    );
  });
});

describe('LaTeX and HTML are reduced to their text', () => {
  it('LaTeX: preamble and layout dropped, entries on one line, items as bullets', async () => {
    const tex = String.raw`\documentclass{article}
\usepackage{hyperref}
\newcommand{\entry}[4]{\textbf{#1} & #2 \\ #3 & #4}
\begin{document}
\begin{center}{\Huge Mara Quinn} \\ \href{mailto:mara@example.com}{mara@example.com} $|$ +44 20 7946 0000\end{center}
\section*{Experience}
\entry{Senior Data Engineer}{Apr 2021 -- Present}
  {Tessellate}{Leeds}
\begin{itemize}
  \item Moved batch ETL to Apache Airflow and dbt on Snowflake. % old: cron
  \item Cut costs by 30\% with \textbf{Terraform}{} on AWS.
\end{itemize}
\section*{Skills}
\textbf{Languages}{: Python, SQL}
\end{document}`;
    const doc = await load('cv.tex', tex);
    expect(doc.format).toBe('latex');
    const lines = doc.text.split('\n');
    expect(lines).toContain('Senior Data Engineer | Apr 2021 – Present | Tessellate | Leeds');
    expect(lines).toContain('- Moved batch ETL to Apache Airflow and dbt on Snowflake.');
    expect(lines).toContain('- Cut costs by 30% with Terraform on AWS.');
    expect(lines).toContain('Languages: Python, SQL');
    expect(doc.text).not.toMatch(/usepackage|newcommand|old: cron|\\/);
    expect(analyzeResume(doc, asOf).roles[0]).toMatchObject({ title: 'Senior Data Engineer', start: '2021-04' });
  });

  it('HTML: scripts and styles dropped, blocks and list items as lines, short table rows kept together', async () => {
    const html = `<!DOCTYPE html><html><head><title>CV</title><style>p{color:red}</style></head><body>
<h1>Mara Quinn</h1><p>mara@example.com &middot; Leeds</p><script>var x = "<p>nope</p>";</script>
<h2>Experience</h2><table><tr><td>Senior Data Engineer, Tessellate</td><td>Apr 2021 &ndash; Present</td></tr></table>
<ul><li>Moved batch ETL to <b>Apache Airflow</b> and dbt.</li><li>Wrote Python &amp; SQL.</li></ul></body></html>`;
    const doc = await load('cv.html', html);
    expect(doc.format).toBe('html');
    expect(doc.text.split('\n')).toEqual([
      'Mara Quinn',
      'mara@example.com · Leeds',
      'Experience',
      'Senior Data Engineer, Tessellate | Apr 2021 – Present',
      '- Moved batch ETL to Apache Airflow and dbt.',
      '- Wrote Python & SQL.',
    ]);
  });
});

describe('text encodings', () => {
  const text = 'José Müller\njose@example.com\nSkills: Python, Señor-level SQL — “quoted”\n';
  const expected = 'José Müller\njose@example.com\nSkills: Python, Señor-level SQL — "quoted"\n';
  const utf16be = (s: string) => Buffer.from(Buffer.from(s, 'utf16le').map((_, i, b) => b[i ^ 1]));
  for (const [name, bytes] of [
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    [
      'Windows-1252',
      Buffer.from(
        [...'Jos\xe9 M\xfcller\njose@example.com\nSkills: Python, Se\xf1or-level SQL \x97 \x93quoted\x94\n'].map((c) =>
          c.charCodeAt(0),
        ),
      ),
    ],
  ] as const) {
    it(`reads ${name}`, async () => {
      const doc = await loadBuffer('cv.txt', bytes);
      expect(doc.text).toBe(expected);
      expect(doc.format).toBe('text');
    });
  }
  it('CRLF line endings give the same lines', async () => {
    expect((await loadBuffer('cv.txt', Buffer.from(text.replace(/\n/g, '\r\n')))).text).toBe(expected);
  });
});

describe('standard input', () => {
  it('reads a PDF resume piped on stdin', async () => {
    const pdf = await F.resumePdf();
    const io = memoryIO({ readStdin: async () => pdf });
    expect(await run(['-', 'discover-senior-lead-ml-engineer', '--format', 'json'], io)).toBe(EXIT.ok);
    const r = JSON.parse(io.out());
    expect(r.resume.format).toBe('pdf');
    expect(r.skills.matched.map((s: { skill: string }) => s.skill)).toContain('Python');
  });
});

describe('resume warnings', () => {
  it('flags missing standard headings (once) and contact details far down, without repeating the reader’s own warning', async () => {
    // The loader turns a file into text; the resume reader judges its structure, and the check advises on it once.
    const body = Array.from(
      { length: 20 },
      (_, i) => `Worked on project ${i} with Python and SQL for a large retail client.`,
    );
    const doc = await load('cv.txt', ['Mara Quinn', ...body, 'mara@example.com'].join('\n'));
    const warnings = analyzeResume(doc, new Date('2026-11-01T00:00:00Z')).warnings.join('\n');
    expect(warnings).toMatch(/Contact details first appear on line 22/);
    expect(warnings).not.toMatch(/No email address or phone number/);
    const r = checkDocuments(doc, {
      path: 'job.txt',
      format: 'text',
      text: 'Data Engineer\nRequirements\n- Python and SQL',
      warnings: [],
    });
    expect(r.suggestions.filter((s) => /heading/.test(s.message)).map((s) => s.message)).toEqual([
      'No "Experience", "Education" or "Skills" heading found. Tracking systems look for standard headings; use them so each part of your resume is read as what it is.',
    ]);
  });
  it('says when very little text came out', async () => {
    expect((await load('cv.txt', 'Mara Quinn\nPython')).warnings.join(' ')).toMatch(
      /Little text was extracted \(15 characters\)/,
    );
  });
  it('a job gets no resume-structure warnings', async () => {
    const doc = await loadBuffer(
      'job.txt',
      Buffer.from('Data Engineer\n' + 'We need Python and SQL for our pipelines. '.repeat(20)),
      { kind: 'job' },
    );
    expect(doc.warnings).toEqual([]);
  });
});
