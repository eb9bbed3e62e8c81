import { describe, expect, it } from 'vitest';
import { checkFit } from '../../src/check.js';
import { ROOT, job, read } from '../helpers/paths.js';

const asOf = new Date('2026-11-01T00:00:00Z');
const fixture = (name: string) => read(`${ROOT}test/fixtures/resumes/${name}`);
const check = (resume: string, seed: string) => checkFit(fixture(resume), read(job(seed)), { asOf });
const statuses = (resume: string, seed: string) => check(resume, seed).knockouts.map((k) => k.status);

describe('knock-out verdicts a recruiter would give', () => {
  it('a leadership verdict reads as English: "an executive title"', () => {
    const resume =
      'Ana Diaz\nExperience\nVice President, Acme | Jan 2012 - Present\n- Ran the data platform in Python on AWS\n';
    const r = checkFit(resume, read(job('discover-senior-lead-ml-engineer')), { asOf });
    const lead = r.knockouts.find((k) => /leadership/i.test(k.criterion))!;
    expect(lead.reason).toMatch(/^The resume shows an executive title/);
  });

  it('a title that leads shows Leadership in the skills as it clears the leadership knock-out', () => {
    const resume =
      'Ana Diaz\nExperience\nSupport Manager, Acme | Jan 2012 - Present\n- Ran the help desk for 400 staff\n';
    const r = checkFit(resume, read(job('discover-senior-lead-ml-engineer')), { asOf });
    const lead = r.knockouts.find((k) => /leadership/i.test(k.criterion))!;
    expect(lead.status).toBe('clear');
    const skill = r.skills.matched.find((m) => m.skill === 'Leadership');
    expect(skill?.evidence[0].line).toBe(3);
    expect(r.skills.missing.map((m) => m.skill)).not.toContain('Leadership');
  });

  it('a years verdict cites the earliest dated role, never an undated one read before it', () => {
    const resume = [
      'Ana Diaz',
      'Experience',
      'Associate Consultant',
      'Northwind Labs',
      '- Advised clients on reporting',
      'Data Engineer, Acme | Mar 2022 - Present',
      '- Built Python pipelines on AWS',
    ].join('\n');
    const r = checkFit(resume, read(job('discover-senior-lead-ml-engineer')), { asOf });
    const years = r.knockouts.find((k) => /years/.test(k.criterion))!;
    expect(years.status).toBe('hit');
    expect(years.evidence?.line).toBe(6);
  });

  it('JavaScript is not Java: the language criterion is hit and says why', () => {
    const r = check('javascript-bootcamp.md', 'discover-senior-lead-ml-engineer');
    const lang = r.knockouts.find((k) => k.criterion.startsWith('No programming experience'))!;
    expect(lang).toMatchObject({ status: 'hit' });
    expect(lang.reason).toMatch(/JavaScript, which is not Java/);
    expect(lang.evidence?.match).toBe('JavaScript');
    expect(lang.jobEvidence?.line).toBe(39);
    expect(r.knockedOut).toBe(true);
  });

  it('the same resume clears cloud through AWS and is honest about leadership it does not mention', () => {
    expect(statuses('javascript-bootcamp.md', 'discover-senior-lead-ml-engineer')).toEqual([
      'clear',
      'clear',
      'unknown',
      'hit',
    ]);
  });

  it('an on-premise cluster with "no cloud" is no cloud platform; "led a team of 5" clears leadership', () => {
    const r = check('onprem-lead.txt', 'discover-senior-lead-ml-engineer');
    expect(r.knockouts.map((k) => k.status)).toEqual(['clear', 'hit', 'clear', 'clear']);
    const cloud = r.knockouts[1];
    expect(cloud).toMatchObject({
      reason: expect.stringMatching(/on-premise/),
      evidence: { line: 5, match: 'on-premise' },
    });
    expect(r.skills.matched.map((m) => m.skill)).not.toContain('Cloud Platforms');
    expect(r.knockouts[2].evidence?.match).toBe('Led a team of 5');
    expect(r.knockedOut).toBe(true);
  });

  it('on-premise only, without the word cloud, still hits and points at the on-premise line', () => {
    const text =
      'Ana Ruiz\nana@example.com\nEXPERIENCE\nData Engineer, Bank — Jan 2012 – Present\n- Ran Spark in Scala on an on-premise Hadoop cluster.';
    const r = checkFit(text, read(job('discover-senior-manager-machine-learning')), { asOf });
    const cloud = r.knockouts.find((k) => k.criterion === 'No experience with cloud platforms')!;
    expect(cloud).toMatchObject({ status: 'hit', evidence: { line: 5, match: 'on-premise' } });
  });

  it('clears with the named product rather than the generic word', () => {
    const text = 'Ana Ruiz\nana@example.com\nEngineer who loves cloud technologies.\nSkills: Python, AWS';
    const cloud = checkFit(text, read(job('discover-senior-manager-machine-learning')), { asOf }).knockouts[3];
    expect(cloud).toMatchObject({ status: 'clear', evidence: { line: 4, match: 'AWS' } });
  });

  it('overlapping roles and odd dates add up to enough years; every criterion clears', () => {
    const r = check('odd-dates-overlap.txt', 'discover-senior-lead-ml-engineer');
    expect(r.knockouts.map((k) => k.status)).toEqual(['clear', 'clear', 'clear', 'clear']);
    expect(r.experience.candidateYears).toBe(14.5);
    expect(r.knockedOut).toBe(false);
  });

  it('years count only professional roles: a short career with internships is hit on years', () => {
    const r = checkFit(
      read(`${ROOT}examples/frontend-developer-junior.txt`),
      read(job('discover-senior-lead-ml-engineer')),
      { asOf },
    );
    expect(r.knockouts[0]).toMatchObject({ status: 'hit' });
    expect(r.knockouts[0].reason).toMatch(/internships, 0.3 years, not counted/);
  });

  it('is unknown, not hit, when the resume has no dates at all', () => {
    const r = checkFit(
      'Lee Wong\nlee@example.com\nPython and AWS engineer.',
      read(job('discover-senior-lead-ml-engineer')),
      { asOf },
    );
    expect(r.knockouts[0].status).toBe('unknown');
  });
});

describe('education verdicts', () => {
  it('a bootcamp-only resume does not meet a bachelor requirement', () => {
    expect(check('javascript-bootcamp.md', 'discover-senior-lead-ml-engineer').education).toEqual({
      required: 'bachelor',
      candidate: 'certificate',
      met: false,
    });
  });
  it('the escape clause lets enough experience stand in for the degree', () => {
    // Seed 002 asks for a graduate degree "though equivalent practical experience … is highly valued".
    expect(check('javascript-bootcamp.md', 'senior-lead-ml-engineer-role-overview').education).toEqual({
      required: 'master',
      candidate: 'certificate',
      met: true,
    });
    const junior = checkFit(
      read(`${ROOT}examples/frontend-developer-junior.txt`),
      read(job('senior-lead-ml-engineer-role-overview')),
      { asOf },
    );
    expect(junior.education.met).toBe(false);
  });
  it('a hard degree requirement becomes a criterion judged on the resume', () => {
    const posting = "Analyst\nA bachelor's degree is required.";
    expect(checkFit(fixture('javascript-bootcamp.md'), posting, { asOf }).knockouts).toMatchObject([
      { status: 'hit', reason: expect.stringMatching(/certificate/) },
    ]);
    expect(checkFit(fixture('onprem-lead.txt'), posting, { asOf }).knockouts).toMatchObject([{ status: 'clear' }]);
  });
});

describe('per-skill years criteria', () => {
  it('judges "minimum of N years with X" on the roles that mention X', () => {
    const posting = 'Data Engineer\nMinimum of 5 years of experience with Scala.';
    expect(checkFit(fixture('onprem-lead.txt'), posting, { asOf }).knockouts[0]).toMatchObject({
      status: 'clear',
      reason: expect.stringMatching(/Scala/),
    });
    const r = checkFit(fixture('odd-dates-overlap.txt'), 'Data Engineer\nMinimum of 5 years of experience with Java.', {
      asOf,
    });
    expect(r.knockouts[0].status).toBe('hit');
    expect(r.knockouts[0].reason).toMatch(/3.6 years/);
  });
});

describe('requirements the taxonomy does not know', () => {
  const posting = 'Data Engineer\nRequirements\n- Experience with Quarkflow is required';
  it('clears when the resume names the tool, and stays unknown (not hit) when it does not', () => {
    expect(
      checkFit('Sam\nsam@example.com\nData Engineer, Acme — 2019 – Present\n- Scheduled jobs with Quarkflow', posting, {
        asOf,
      }).knockouts,
    ).toMatchObject([{ status: 'clear', evidence: { line: 4, match: 'Quarkflow' } }]);
    expect(checkFit(fixture('onprem-lead.txt'), posting, { asOf }).knockouts).toMatchObject([{ status: 'unknown' }]);
  });
});

describe('leadership', () => {
  it('mentoring clears a leadership criterion but does not make a senior engineer a lead', () => {
    const text =
      'Max Roe\nmax@example.com\nEXPERIENCE\nSenior Data Engineer, Acme — Jan 2015 – Present\n- Built Spark pipelines in Python on AWS.\n- Mentored junior developers.';
    const r = checkFit(text, read(job('discover-senior-lead-ml-engineer')), { asOf });
    expect(r.knockouts[2]).toMatchObject({ status: 'clear', evidence: { line: 6 } });
    expect(r.seniority.candidate).toBe('senior');
  });
});
