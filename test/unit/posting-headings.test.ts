// Posting section headings from the lexicon: requirement and preference headings, a page's closing parts, and
// disqualifier lists. Snippets written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { postingSections, sectionKinds } from '../../src/analyze/job/sections.js';

const posting = (text: string) => analyzeJob({ path: 'job.txt', format: 'text', text, warnings: [] });
const kindUnder = (heading: string) => sectionKinds(['Data Engineer', '', heading, '- Python and SQL'])[3];

describe('posting headings', () => {
  it.each([
    ['What you need:', 'required'],
    ['What You’ll Need', 'required'],
    ['About you', 'required'],
    ['Your profile', 'required'],
    ['Who you are', 'required'],
    ['What we’re looking for', 'required'],
    ['The Ideal Candidate would possess:', 'required'],
    ['Must have', 'required'],
    ['Qualifications', 'required'],
    ['You may be a good fit for this role if:', 'required'],
    ['Successful candidates will have:', 'required'],
    ['Nice to have', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Even better:', 'preferred'],
    ['Preferred', 'preferred'],
  ])('%s → %s', (heading, want) => {
    expect(kindUnder(heading)).toBe(want);
  });

  it.each(['Perks of the job:', 'Benefits we provide', 'Why us?', 'Why you will love working here', 'Salary'])(
    '%s starts a section that asks for nothing',
    (heading) => {
      const kinds = sectionKinds(['Data Engineer', '', 'Requirements', '- Python', heading, '- Onsite gym']);
      expect(kinds[3]).toBe('required');
      expect(kinds[5]).toBe('other');
    },
  );

  it("a board's field line that opens with a closing word is no section", () => {
    const kinds = sectionKinds(['Data Engineer', 'Salary $120K – $140K / year', '', '- Design and deploy models']);
    expect(kinds[3]).toBe('responsibilities');
  });

  it('a closing label with its content on the line is no requirement, and the section goes on after it', () => {
    const kinds = sectionKinds(['Requirements', '- Python', 'Benefits: dental, vision and an onsite gym.', '- SQL']);
    expect(kinds).toEqual(['required', 'required', 'other', 'required']);
  });

  it('perks under their own heading give no on-site knock-out and no required skill', () => {
    const j = posting(
      'Data Engineer\n\nRequirements\n- Python\n\nPerks and benefits of the role\n- Onsite gym, Excel training',
    );
    expect(j.knockouts.some((k) => k.kind === 'onsite')).toBe(false);
    expect(j.skills.find((s) => s.skill === 'Excel')?.required ?? false).toBe(false);
  });
});

describe('a "Disqualifiers" heading', () => {
  const text = [
    'Data Engineer',
    '',
    'Requirements',
    '- SQL',
    '',
    'Disqualifiers:',
    '- No hands-on Kafka work',
    '- Unable to relocate to Denver',
    '',
    'Benefits',
    '- Dental',
  ].join('\n');

  it('each line under it is a criterion from the disqualifier list', () => {
    const j = posting(text);
    const fromList = j.knockouts.filter((k) => k.source === 'disqualifier');
    expect(fromList.map((k) => k.evidence.line)).toEqual([7, 8]);
    expect(fromList[0]).toMatchObject({ kind: 'skills', skills: ['Kafka'] });
  });

  it('its lines are no source of skills', () => {
    const j = posting(text);
    expect(j.skills.map((s) => s.skill)).toContain('SQL');
    expect(j.skills.map((s) => s.skill)).not.toContain('Kafka');
  });
});

describe("the page's other parts are no source of skills", () => {
  const text = [
    'Backend Engineer',
    '',
    'About us',
    'We are a fintech that builds innovative payment tools with a focus on teamwork.',
    '',
    'Requirements',
    '- Python and PostgreSQL',
    '',
    'Benefits',
    '- A yearly budget for Kubernetes conferences',
    '',
    'Our stack',
    '- Terraform',
  ].join('\n');

  it('a skill named only under "About us" or "Benefits" is not asked for; one under a later heading is', () => {
    const skills = posting(text).skills.map((s) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['Python', 'PostgreSQL', 'Terraform']));
    expect(skills).not.toContain('Teamwork');
    expect(skills).not.toContain('Kubernetes');
  });

  it('marks the lines under those headings, and closing labels with content, as asking nothing', () => {
    expect([...postingSections(text.split('\n')).quiet]).toEqual([3, 4, 5, 9, 10, 11]);
    expect([...postingSections(['Requirements', '- Python', 'Perks: an onsite gym', '- SQL']).quiet]).toEqual([3]);
  });
});

describe('duties headings', () => {
  it.each([
    "What you'll do",
    'What You’ll Be Doing:',
    'What you will do',
    'Your role',
    'In this role, you will:',
    'Key Responsibilities',
    'Essential Duties and Responsibilities',
    'Essential Functions:',
    'Major Accountabilities',
  ])('%s → responsibilities', (heading) => {
    expect(kindUnder(heading)).toBe('responsibilities');
  });

  it('"essential" still opens a requirements heading when it names no duties', () => {
    expect(kindUnder('Essential skills')).toBe('required');
    expect(kindUnder('Essential requirements:')).toBe('required');
  });

  it('a marked heading fitcheck cannot name ends the duties, so the requirements under it are not read as duties', () => {
    const lines = [
      'Data Engineer',
      "What you'll do",
      '- Build pipelines in Airflow',
      'What you must bring:',
      '- Strong Python',
      'EDUCATION',
      "- Bachelor's degree",
    ];
    expect(sectionKinds(lines)).toEqual([
      'other',
      'responsibilities',
      'responsibilities',
      'other',
      'other',
      'other',
      'other',
    ]);
    const j = posting(lines.join('\n'));
    expect(j.skills.find((s) => s.skill === 'Python')).toMatchObject({ required: true, section: 'required' });
  });

  it('an unmarked line under the duties is a duty, and a heading that leads into duties goes on with them', () => {
    const kinds = sectionKinds([
      'Responsibilities',
      'Clean data in preparation for analysis',
      'You will:',
      '- Review code',
    ]);
    expect(kinds).toEqual(['responsibilities', 'responsibilities', 'responsibilities', 'responsibilities']);
  });
});
