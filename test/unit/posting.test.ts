import { describe, expect, it } from 'vitest';
import { anyOfGroups } from '../../src/analyze/job/anyof.js';
import { gluedItems } from '../../src/analyze/text/glued.js';
import { analyzeJob } from '../../src/analyze/job.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { requiredYears, yearsMentions } from '../../src/analyze/text/years.js';
import type { JobProfile } from '../../src/types.js';
import { ROOT, job, read } from '../helpers/paths.js';

const tax = defaultTaxonomy();
const seed = (name: string) => analyzeJob({ path: name, format: 'text', text: read(job(name)), warnings: [] });
const posting = (text: string) => analyzeJob({ path: 'job', format: 'text', text, warnings: [] });
const req = (j: JobProfile, skill: string) => j.skills.find((s) => s.skill === skill)?.required;

describe('the four seed postings', () => {
  // One row per seed: what a recruiter reads from it.
  const table = [
    {
      name: 'discover-senior-lead-ml-engineer',
      years: 8,
      seniority: 'lead',
      track: 'individual',
      edu: 'bachelor',
      prefEdu: 'master',
      alternative: null,
      knockouts: 4,
    },
    {
      name: 'discover-senior-manager-machine-learning',
      years: 8,
      seniority: 'manager',
      track: 'management',
      edu: 'bachelor',
      prefEdu: null,
      alternative: null,
      knockouts: 4,
    },
    {
      name: 'senior-lead-ml-engineer-role-overview',
      years: null,
      seniority: 'lead',
      track: 'individual',
      edu: 'master',
      prefEdu: null,
      alternative: /equivalent practical experience/,
      knockouts: 4,
    },
    {
      name: 'senior-ml-engineer-job-profile',
      years: null,
      seniority: 'senior',
      track: 'individual',
      edu: 'bachelor',
      prefEdu: null,
      alternative: null,
      knockouts: 0,
    },
  ] as const;
  for (const row of table) {
    it(`reads ${row.name}`, () => {
      const j = seed(row.name);
      expect(j.experience.requiredYears).toBe(row.years);
      expect(j.seniority).toMatchObject({ required: row.seniority, track: row.track });
      expect(j.education.required).toBe(row.edu);
      expect(j.education.preferred).toBe(row.prefEdu);
      if (row.alternative) expect(j.education.alternative).toMatch(row.alternative);
      else expect(j.education.alternative).toBeNull();
      expect(j.knockouts).toHaveLength(row.knockouts);
    });
  }

  it('reads the glued requirement block of seed 000: per-area years, any-of languages, preferred block', () => {
    const j = seed('discover-senior-lead-ml-engineer');
    expect(j.experience.perSkill!.map((p) => [p.years, p.skills])).toEqual([
      [8, ['Machine Learning']],
      [4, ['Python', 'Scala', 'Java']],
      [3, ['ML Systems']],
      [2, ['Leadership']],
    ]);
    expect(j.skills.find((s) => s.skill === 'Java')).toMatchObject({
      required: true,
      anyOf: ['Python', 'Scala', 'Java'],
    });
    expect(j.skills.find((s) => s.skill === 'GCP')?.anyOf).toEqual(['Cloud Platforms', 'AWS', 'Azure', 'GCP']);
    expect(j.skills.find((s) => s.skill === 'Explainable AI')).toMatchObject({ required: false, section: 'preferred' });
    expect(j.skills.find((s) => s.skill === 'Data Pipelines')).toMatchObject({
      required: false,
      section: 'responsibilities',
    });
    // Evidence quotes the original glued line, whose text contains the match.
    const java = j.skills.find((s) => s.skill === 'Java')!;
    for (const e of java.evidence) expect(e.text).toContain(e.match);
  });

  it('turns every disqualifier of seeds 000 and 001 into a criterion', () => {
    expect(
      seed('discover-senior-lead-ml-engineer').knockouts.map((k) => [k.kind, k.years ?? k.skills ?? null, k.source]),
    ).toEqual([
      ['years', 8, 'disqualifier'],
      ['skills', ['Cloud Platforms', 'AWS', 'Azure', 'GCP'], 'disqualifier'],
      ['leadership', null, 'disqualifier'],
      ['skills', ['Python', 'Scala', 'Java'], 'disqualifier'],
    ]);
    expect(seed('discover-senior-manager-machine-learning').knockouts.map((k) => [k.criterion, k.kind])).toEqual([
      ['Less than 8 years of experience', 'years'],
      ['Lack of experience with Python, Scala, or Java', 'skills'],
      ['No background in distributed computing or ML systems', 'skills'],
      ['No experience with cloud platforms', 'skills'],
    ]);
  });

  it('reads the prose seed 002: alternatives, hard requirements, a graduate degree with an escape clause', () => {
    const j = seed('senior-lead-ml-engineer-role-overview');
    expect(j.skills.find((s) => s.skill === 'C++')?.anyOf).toEqual(['Python', 'C++', 'Java']);
    expect(j.skills.find((s) => s.skill === 'TensorFlow')?.anyOf).toEqual(['Deep Learning', 'PyTorch', 'TensorFlow']);
    expect(j.education.field).toBe('computer science, physics, or a related quantitative field');
    expect(j.knockouts.map((k) => [k.kind, k.source, k.examples ?? false])).toEqual([
      ['skills', 'requirement', false],
      ['skills', 'requirement', false],
      ['skills', 'requirement', true],
      ['leadership', 'requirement', false],
    ]);
    expect(req(j, 'Kubernetes')).toBe(false);
  });

  it('reads the bulleted seed 003 by its headings: requirements required, duties not', () => {
    const j = seed('senior-ml-engineer-job-profile');
    expect(req(j, 'Experimental Design')).toBe(true);
    expect(j.skills.find((s) => s.skill === 'Feature Engineering')).toMatchObject({
      required: false,
      section: 'responsibilities',
      weight: 0.6,
    });
    expect(j.education.field).toBe('computer science, statistics, mathematics, engineering or a related discipline');
    expect(j.skills.find((s) => s.skill === 'Data Science')?.anyOf).toEqual(['Machine Learning', 'Data Science']);
  });
});

describe('required and preferred', () => {
  it('follows headings and inline cues', () => {
    const j = posting(
      [
        'Backend Engineer',
        '',
        'Requirements',
        '- Python and PostgreSQL',
        '- Experience with Go is a plus',
        '',
        'Nice to have',
        '- Kubernetes',
        '',
        'Responsibilities',
        '- Build services on Docker',
      ].join('\n'),
    );
    expect([req(j, 'Python'), req(j, 'PostgreSQL'), req(j, 'Go'), req(j, 'Kubernetes'), req(j, 'Docker')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(j.skills.find((s) => s.skill === 'Docker')?.section).toBe('responsibilities');
  });
  it('reads Markdown headings with emphasis and colons, and a Benefits section ends the requirements and names no skill', () => {
    const j = posting(read(`${ROOT}test/fixtures/jobs/markdown-headings.md`));
    expect([
      req(j, 'Python'),
      req(j, 'Go'),
      req(j, 'PostgreSQL'),
      req(j, 'Kafka'),
      req(j, 'Terraform'),
      req(j, 'Kubernetes'),
      req(j, 'Docker'),
    ]).toEqual([true, true, true, false, false, false, undefined]);
    // "Docker swag" under Benefits: the page's other parts are no source of skills.
    expect(j.skills.map((s) => s.skill)).not.toContain('Docker');
    expect(j.experience.requiredYears).toBe(5);
  });
  it('knows "Considered as a plus", "Bonus" and "ideally" as preferences', () => {
    const j = posting(
      'Data Analyst\nMinimum qualifications\n- SQL\nConsidered as a plus\n- Tableau\nBonus: Airflow.\nIdeally you know Snowflake.',
    );
    expect([req(j, 'SQL'), req(j, 'Tableau'), req(j, 'Airflow'), req(j, 'Snowflake')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
  it('gives every member of an any-of group the same standing', () => {
    const j = posting('ML Engineer\nYou have 3+ years with Python, Scala, or Java.\nWe also like Java.');
    expect(j.skills.filter((s) => ['Python', 'Scala', 'Java'].includes(s.skill)).map((s) => s.required)).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe('any-of groups', () => {
  const groups = (line: string) => anyOfGroups(line, tax);
  it('reads "or" lists and category examples, not "and" lists', () => {
    expect(groups('Experience with AWS, Azure or GCP')).toEqual([['AWS', 'Azure', 'GCP']]);
    expect(groups('programming in Python, Scala, and Java')).toEqual([]);
    expect(groups('cloud platforms like AWS, Azure, GCP, big data tools, and Python')).toEqual([
      ['Cloud Platforms', 'AWS', 'Azure', 'GCP'],
    ]);
    expect(groups('Python or Java, and Kubernetes')).toEqual([['Python', 'Java']]);
    expect(groups('Strong Python/Java skills')).toEqual([['Python', 'Java']]);
  });
  it('splits the glued board items and the glued "or"', () => {
    expect(
      gluedItems(
        '8+ years of experience in data solutions4+ years programming in PythonScalaor Java3+ years building ML systems',
        tax,
      ),
    ).toEqual([
      '8+ years of experience in data solutions',
      '4+ years programming in PythonScala or Java',
      '3+ years building ML systems',
    ]);
  });
});

describe('years', () => {
  it('reads overall years in their common forms', () => {
    expect(requiredYears(['0-2 years of experience']).requiredYears).toBe(0);
    expect(requiredYears(['at least five years of professional experience']).requiredYears).toBe(5);
    expect(requiredYears(['Exp. Years 8+ years']).requiredYears).toBe(8);
    expect(requiredYears(['3–5 yrs experience', 'a 2 years contract?']).requiredYears).toBe(3);
  });
  it('tells per-skill years from overall years', () => {
    expect(yearsMentions('5+ years of Python experience', 1)[0]).toMatchObject({ years: 5, general: false });
    expect(yearsMentions('Founded 10 years ago', 1)).toEqual([]);
    const j = posting('Engineer\nRequirements\n- 6+ years of experience\n- 3 years building Kafka pipelines');
    expect(j.experience.requiredYears).toBe(6);
    expect(j.experience.perSkill).toMatchObject([{ years: 3, skills: ['Kafka'], required: true }]);
  });
});

describe('posting seniority', () => {
  it('uses the title, then a level field, then the years asked', () => {
    expect(posting('Software Engineering Intern\nSummer 2027').seniority.required).toBe('intern');
    expect(posting('Data Engineer\nExperience level: Junior\nPython').seniority.required).toBe('junior');
    expect(posting('Data Engineer\nRequirements\n- 0-2 years of experience').seniority).toMatchObject({
      required: 'junior',
      evidence: { line: 3 },
    });
    expect(posting('Director of Data Science\n10+ years of experience').seniority).toMatchObject({
      required: 'director',
      track: 'management',
    });
  });
});

describe('education and hard requirements', () => {
  it('reads required, preferred, field and escape clause', () => {
    const j = posting('Analyst\nQualifications\n- BS in Statistics or equivalent practical experience; MS preferred');
    expect(j.education).toMatchObject({ required: 'bachelor', preferred: 'master', field: 'Statistics' });
    expect(j.education.alternative).toMatch(/equivalent practical experience/);
  });
  it('reads the common degree lines of postings', () => {
    const edu = (line: string) => posting(`Job\n${line}`).education;
    expect(edu("Bachelor's degree in Computer Science or related field required; Master's preferred")).toMatchObject({
      required: 'bachelor',
      preferred: 'master',
      field: 'Computer Science or related field',
    });
    expect(edu('BS/MS in Computer Science, Engineering, or equivalent experience')).toMatchObject({
      required: 'bachelor',
      alternative: 'equivalent experience',
    });
    expect(edu('High school diploma or GED required')).toMatchObject({ required: 'high school' });
    expect(edu('Degree in Finance (bachelor level) is a plus')).toMatchObject({
      required: null,
      preferred: 'bachelor',
      field: 'Finance',
    });
  });
  it('makes "must" and "minimum" sentences into criteria, leaving soft skills and duties alone', () => {
    const j = posting(
      "Platform Engineer\nMinimum of 5 years of experience with Kubernetes.\nYou must have Terraform experience.\nYou must communicate clearly.\nA bachelor's degree is required.",
    );
    expect(j.knockouts.map((k) => [k.kind, k.years ?? null, k.skills ?? k.level])).toEqual([
      ['years', 5, ['Kubernetes']],
      ['skills', null, ['Terraform']],
      ['education', null, 'bachelor'],
    ]);
  });
  it('does not make a board footer into a criterion', () => {
    expect(
      posting('Engineer\nLuna finds roles that fit your skills — no endless scrolling required.').knockouts,
    ).toEqual([]);
  });
});
