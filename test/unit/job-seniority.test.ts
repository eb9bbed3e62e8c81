// A posting's seniority with its basis, and the years it asks for: snippets written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { analyzeResume } from '../../src/analyze/resume.js';
import { postingTitleLevel } from '../../src/analyze/job/seniority.js';
import { requiredYears } from '../../src/analyze/text/years.js';
import { compareProfiles } from '../../src/check.js';
import { example, read } from '../helpers/paths.js';

const posting = (text: string) => analyzeJob({ path: 'job.txt', format: 'text', text, warnings: [] });
const level = (title: string, body = 'We build search.\n\nRequirements\n- Python') =>
  posting(`${title}\n\n${body}`).seniority;

describe('posting seniority: title words', () => {
  it.each([
    ['Sr. Machine Learning Engineer', 'senior'],
    ['Machine Learning Engineer (Senior)', 'senior'],
    ['Senior, Data Platform Engineer', 'senior'],
    ['Data Scientist II', 'mid'],
    ['Software Engineer III - Remote', 'senior'],
    ['Analytics Engineer I, Payments', 'junior'],
    ['New Grad Software Engineer', 'junior'],
    ['Entry-level Data Analyst', 'junior'],
    ['Data Analyst, Level 2', 'mid'],
    ['Computer Vision Expert', 'senior'],
    ['Machine Learning Intern', 'intern'],
  ])('%s → %s, from the title', (title, want) => {
    const s = level(title);
    expect(s.required).toBe(want);
    expect(s.basis).toBe('title');
    expect(s.confidence).toBeGreaterThan(0.8);
    expect(s.evidence?.line).toBe(1);
  });

  it('a numeral or word inside a title is no grade', () => {
    expect(postingTitleLevel('Data Entry Clerk')).toBeNull();
    expect(postingTitleLevel('Engineer for Phase II Trials')).toBeNull();
    expect(postingTitleLevel('Machine Learning Engineer')).toBeNull();
  });
});

describe('posting seniority: years, cues and the default', () => {
  it('alternatives on a line count as their smallest: "4+ years with an MS, or 1+ years with a PhD" is entry', () => {
    const s = level('Research Engineer', 'Requirements\n- 4+ years of experience with an MS, or 1+ years with a PhD');
    expect(s).toMatchObject({ required: 'junior', basis: 'years' });
    expect(s.evidence?.match).toBe('1+ years');
  });

  it('two years or fewer read as entry; three to four as mid; five and more as senior', () => {
    const at = (n: string) => level('Data Engineer', `Requirements\n- ${n} of professional experience`).required;
    expect([at('0-2 years'), at('2+ years'), at('3+ years'), at('4 years'), at('5+ years')]).toEqual([
      'junior',
      'junior',
      'mid',
      'mid',
      'senior',
    ]);
  });

  it('a fraction of a year sits in the band it falls in: 2.5 years is under 3 (entry), 4.5 under 5 (mid)', () => {
    const at = (n: string) => level('Data Engineer', `Requirements\n- at least ${n} of professional experience`);
    expect(at('2.5 years')).toMatchObject({ required: 'junior', basis: 'years' });
    expect(at('4.5 years')).toMatchObject({ required: 'mid', basis: 'years' });
  });

  it('years about the company, a horizon, a benefit or an age are no requirement', () => {
    for (const line of [
      'We have over 20 years of experience serving banks.',
      'For more than 30 years, our clients have trusted us.',
      'We plan to grow the team tenfold in the next 3 years.',
      'Our 401k match vests after 2 years of service.',
      'Equity with a one year cliff and a good work-life balance.',
      'Applicants must be at least 18 years of age.',
    ]) {
      const j = posting(`Data Engineer\n\n${line}\n\nRequirements\n- Python`);
      expect(j.experience.requiredYears, line).toBeNull();
      expect(j.seniority.basis, line).toBe('default');
    }
  });

  it('a body cue places a posting that names no level and no years', () => {
    expect(level('Data Engineer', 'You will mentor junior engineers and review designs.')).toMatchObject({
      required: 'senior',
      basis: 'cue',
    });
    expect(level('Data Engineer', 'Recent graduates welcome! Python and SQL.')).toMatchObject({
      required: 'junior',
      basis: 'cue',
    });
  });

  it('the body naming the role with its level places it, as the title would ("As a Lead ML Engineer, you…")', () => {
    for (const [body, want] of [
      ['As a Lead Data Engineer on the platform team, you will own our pipelines.', 'lead'],
      ['Job Title: Senior Cloud Engineer (Data)\nLocation: Remote', 'senior'],
      ['We are hiring a Junior Backend Developer to grow with us.', 'junior'],
      ['The Staff Data Scientist will set the modelling roadmap.', 'staff'],
    ] as const) {
      const s = level('Data Engineer', body);
      expect(s, body).toMatchObject({ required: want, basis: 'title' });
      expect(s.confidence, body).toBeLessThan(0.9);
      expect(s.evidence?.line, body).toBeGreaterThan(1);
    }
  });

  it("a role with a level that is someone else's, or plural, places nothing", () => {
    for (const body of [
      'You will work with a senior engineer on every release.',
      'You will report to the Lead Data Scientist.',
      'Our senior engineers review every design.',
      'Shadow a principal architect during onboarding.',
    ])
      expect(level('Data Engineer', body).basis, body).toBe('default');
  });

  it('mentoring is a senior cue when the duty names whom; a perk of mentoring is not', () => {
    expect(level('Data Engineer', 'You will be mentoring and pairing with newer engineers.')).toMatchObject({
      required: 'senior',
      basis: 'cue',
    });
    expect(level('Data Engineer', 'Mentor other team members in testing.').basis).toBe('cue');
    expect(level('Data Engineer', 'Growth opportunities through mentoring, training and conferences.').basis).toBe(
      'default',
    );
  });

  it('students and people still studying are an entry cue', () => {
    expect(level('Research Engineer', 'PhD students in machine learning are encouraged to apply.')).toMatchObject({
      required: 'junior',
      basis: 'cue',
    });
    expect(level('Research Engineer', 'You are currently pursuing a degree in statistics.').required).toBe('junior');
  });

  it('every posting gets a level and a basis; a default level is not scored', () => {
    const j = posting('Data Engineer\n\nWe build pipelines in Python and SQL.');
    expect(j.seniority).toMatchObject({ required: 'junior', basis: 'default' });
    expect(j.seniority.confidence).toBeLessThan(0.5);
    const resume = analyzeResume(
      { path: 'r.md', format: 'markdown', text: read(example('ml-engineer-strong.md')), warnings: [] },
      new Date('2026-11-01T00:00:00Z'),
    );
    const r = compareProfiles(resume, j, { asOf: new Date('2026-11-01T00:00:00Z') });
    expect(r.seniority.required).toBeNull();
    expect(r.messages.some((m) => m.id.startsWith('seniority.'))).toBe(false);
  });
});

describe('posting years: overall and per area', () => {
  const overall = (text: string) => requiredYears(text.split('\n'));
  it('reads "1+ year(s)", "2.5 years", "5 yr\'s experienced" and bracketed years', () => {
    expect(overall('1+ year(s) experience of building models').requiredYears).toBe(1);
    expect(overall('at least 2.5 years of professional experience').requiredYears).toBe(2.5);
    expect(overall("Looking for 5 yr's experienced candidate").requiredYears).toBe(5);
    expect(overall('10+ years equivalent work experience required').requiredYears).toBe(10);
  });

  it('a posting that states only area years has them as its requirement', () => {
    for (const [line, years] of [
      ['- 5 years of project management experience', 5],
      ['- You bring 3+ years of ML engineering experience', 3],
      ['- A minimum of 0-3 yrs in a similar analyst role', 0],
    ] as const) {
      const j = posting(`Data Engineer\n\nRequirements\n${line}`);
      expect(j.experience.requiredYears, line).toBe(years);
      expect(j.experience.source, line).toBe('area');
    }
    // Years in brackets after their area: "experience in Python (+5 years)" is 5 years of experience, Python's too.
    const py = posting('Data Engineer\n\nRequirements\n- Strong programming experience in Python (+5 years)');
    expect(py.experience.requiredYears).toBe(5);
    expect(py.experience.perSkill?.[0]).toMatchObject({ years: 5, skills: ['Python'] });
  });

  it("a sentence that offers a degree instead of years is the line's alternative: its smallest counts", () => {
    const j = overall("Three years of experience in analytics. With a Master's degree, one year of experience.");
    expect(j.requiredYears).toBe(1);
    // Two sentences that are no alternatives stay apart: the larger general statement counts.
    expect(overall('2+ years of experience in analytics. 4+ years of work experience overall.').requiredYears).toBe(4);
  });

  it('general words paired by a slash still make the years overall ("of practical/applied experience")', () => {
    const j = overall(
      '- 7+ years of practical/applied experience with statistics\n- 2+ years of experience as a tech lead',
    );
    expect(j).toMatchObject({ requiredYears: 7, source: 'general' });
  });

  it('a general statement wins over area years; a preferred line counts only when no other says', () => {
    const j = posting(
      'Data Engineer\n\nRequirements\n- 3+ years of professional experience\n- 6+ years of Python\n\nPreferred\n- 8+ years of experience',
    );
    expect(j.experience).toMatchObject({ requiredYears: 3, source: 'general' });
    const pref = posting('Data Engineer\n\nNice to have\n- 4+ years of experience');
    expect(pref.experience.requiredYears).toBe(4);
  });
});
