import { describe, expect, it } from 'vitest';
import { checkFit } from '../../src/check.js';
import { knockoutCap } from '../../src/score/knockouts.js';
import { educationFraction, seniorityFraction, yearsFraction } from '../../src/score/levels.js';
import type { SkillComparison } from '../../src/score/match.js';
import { skillCoverage, skillGroups, totalScore } from '../../src/score/score.js';
import { bandOf, DEFAULT_WEIGHTS, KNOCKOUT_CAP, REQUIRED_GAP_CAP } from '../../src/score/weights.js';
import type { JobSkill } from '../../src/types.js';
import { example, job, read } from '../helpers/paths.js';

const asOf = new Date('2026-11-01T00:00:00Z');

function cmp(skill: string, shown: boolean, extra: Partial<JobSkill> = {}, via?: string): SkillComparison {
  const job: JobSkill = {
    skill,
    category: 'language',
    evidence: [{ line: 1, text: skill, match: skill }],
    required: true,
    mentions: 1,
    ...extra,
  };
  const evidence = shown ? [{ line: 3, text: `Used ${skill}`, match: skill }] : [];
  return via ? { job, evidence, viaAlternative: via } : { job, evidence };
}

describe('levels', () => {
  it('penalises under-levelled and over-levelled candidates, not one step up', () => {
    expect(seniorityFraction('senior', 'senior')).toBe(1);
    expect(seniorityFraction('senior', 'lead')).toBe(1);
    expect(seniorityFraction('lead', 'senior')).toBeLessThan(1);
    expect(seniorityFraction('lead', 'mid')).toBeLessThan(seniorityFraction('lead', 'senior'));
    expect(seniorityFraction('mid', 'principal')).toBeLessThan(seniorityFraction('mid', 'senior'));
    expect(seniorityFraction('mid', 'executive')).toBeLessThan(1);
    expect(seniorityFraction(null, 'intern')).toBe(1);
    // Unknown is not half right: no points, never more than a known shortfall.
    expect(seniorityFraction('senior', null)).toBe(0);
    expect(seniorityFraction('senior', null)).toBeLessThanOrEqual(seniorityFraction('senior', 'intern'));
  });
  it('treats a lead moving to manager as one step, not three', () => {
    expect(seniorityFraction('manager', 'lead')).toBe(seniorityFraction('lead', 'senior'));
  });
  it('scales years and education', () => {
    expect(yearsFraction(8, 4)).toBe(0.5);
    expect(yearsFraction(8, 12)).toBe(1);
    expect(yearsFraction(null, 1)).toBe(1);
    expect(educationFraction('bachelor', 'master')).toBe(1);
    expect(educationFraction('master', 'bachelor')).toBe(0.5);
    expect(educationFraction('bachelor', 'certificate')).toBe(0.25);
    expect(yearsFraction(5, null)).toBe(0);
    expect(yearsFraction(5, null)).toBeLessThanOrEqual(yearsFraction(5, 0.5));
    expect(educationFraction('bachelor', null)).toBe(0);
    expect(educationFraction('bachelor', null)).toBeLessThanOrEqual(educationFraction('bachelor', 'high school'));
  });
});

describe('skill groups', () => {
  it('counts an any-of group once, satisfied by one member', () => {
    const anyOf = ['Python', 'Scala', 'Java'];
    const groups = skillGroups([
      cmp('Python', true, { anyOf }),
      cmp('Scala', false, { anyOf }, 'Python'),
      cmp('Java', false, { anyOf }, 'Python'),
      cmp('Go', false),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups.find((g) => g.members.length === 3)?.covered).toBe(true);
  });
  it('names the most specific alternative that covers an any-of group', () => {
    const r = checkFit(
      'Ana Diaz\nana@x.io\nExperience\nEngineer, Acme\nJan 2015 - Present\n- Deployed services on AWS',
      read(job('discover-senior-lead-ml-engineer')),
      { asOf },
    );
    expect(r.skills.alternatives).toContainEqual(expect.objectContaining({ skill: 'GCP', required: true, via: 'AWS' }));
    expect(r.skills.missing.map((m) => m.skill)).not.toContain('GCP');
  });
  it('weighs a skill named often above one named once, and soft skills below hard ones', () => {
    const cov = skillCoverage([
      cmp('Python', true, { mentions: 4 }),
      cmp('Go', false),
      cmp('Rust', false),
      cmp('Communication', true, { category: 'soft' }),
    ]);
    // Python (3) + Communication (0.5) of 3 + 1 + 1 + 0.5 = 3.5 / 5.5, full at 0.8.
    expect(cov.required).toBeCloseTo(3.5 / 5.5 / 0.8, 5);
  });
  it('scales a skill by the weight of where the posting names it, when the analyzer gives one', () => {
    const onlyMentioned = { weight: 0.3 } as Partial<JobSkill>;
    const cov = skillCoverage([cmp('Python', false), cmp('Go', true, onlyMentioned)]);
    expect(cov.required).toBeCloseTo(0.3 / 1.3 / 0.8, 5);
  });
  it('gives full skill points at 80% weighted credit, but never while a required group is missing', () => {
    const shown = (skill: string, credit: number): SkillComparison => ({
      ...cmp(skill, true),
      shown: { how: 'named', roles: 1, listedOnly: false, lastUsed: '2026-01', credit },
    });
    expect(skillCoverage(['A', 'B', 'C', 'D', 'E'].map((s) => shown(s, 0.8))).required).toBe(1);
    // Four of five shown is 80% by weight, but a requirement is missing: capped below full.
    const items = ['A', 'B', 'C', 'D', 'E'].map((s, i) => cmp(s, i < 4));
    expect(skillCoverage(items).required).toBe(REQUIRED_GAP_CAP);
  });
});

describe('the score', () => {
  const seed = read(job('discover-senior-lead-ml-engineer'));
  it('states every component with its weight; the weights sum to 100 and the points to the score', () => {
    const r = checkFit(read(example('ml-engineer-strong.md')), seed, { asOf });
    expect(r.components.map((c) => c.name)).toEqual([
      'required skills',
      'preferred skills',
      'experience',
      'seniority',
      'education',
    ]);
    expect(r.components.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(Object.values(DEFAULT_WEIGHTS).reduce((s, w) => s + w, 0)).toBe(100);
    expect(totalScore(r.components)).toBe(r.score);
    for (const c of r.components) expect(c.points).toBeLessThanOrEqual(c.weight);
  });
  it('scales a knocked-out score into the weak band, keeping the order of knocked-out resumes', () => {
    const hit = [{ criterion: 'Less than 5 years', status: 'hit' as const, reason: 'short' }];
    const unknown = [{ criterion: 'Leadership', status: 'unknown' as const, reason: '?' }];
    expect(knockoutCap(100, hit).score).toBe(KNOCKOUT_CAP);
    expect(knockoutCap(80, hit).score).toBeGreaterThan(knockoutCap(60, hit).score);
    expect(knockoutCap(0, hit).score).toBe(0);
    expect(knockoutCap(90, unknown)).toEqual({ score: 90 });
    // A years criterion nobody can judge (no dated role shows it) caps like a hit: unknown is not half right.
    const years = [
      { kind: 'years' as const, years: 5, criterion: 'Less than 5 years', evidence: { line: 1, text: '', match: '' } },
    ];
    expect(knockoutCap(90, unknown, years).score).toBe(knockoutCap(90, hit).score);
    expect(knockoutCap(90, unknown, [{ ...years[0], kind: 'leadership' as const }])).toEqual({ score: 90 });
    expect(knockoutCap(90, []).capped).toBeUndefined();
  });
  it('names the bands', () => {
    expect([95, 80, 79, 60, 45, 10].map(bandOf)).toEqual(['strong', 'strong', 'good', 'good', 'partial', 'weak']);
  });
  it('keeps the knock-out verdict whatever the score, and caps the score (no "100/100 knocked out")', () => {
    // Every skill the posting wants, but only two years: a high score before the cap, still knocked out.
    const resume = read(example('ml-engineer-strong.md'))
      .replace(/Mar 2020 – Present/, 'Mar 2025 – Present')
      .replace(/Jun 2016 – Feb 2020|Jan 2014 – May 2016/g, '');
    const r = checkFit(resume, seed, { asOf });
    expect(r.capped?.from).toBeGreaterThanOrEqual(60);
    expect(r.score).toBe(Math.round((r.capped!.from * KNOCKOUT_CAP) / 100));
    expect(r.score).toBeLessThanOrEqual(KNOCKOUT_CAP);
    expect(r.band).toBe('weak');
    expect(r.capped?.reason).toMatch(/knock-out is hit/);
    expect(r.knockedOut).toBe(true);
    expect(r.verdict).toBe('knocked out');
  });
  it('lowers the seniority points for an over-levelled candidate', () => {
    const posting =
      'Machine Learning Engineer (mid-level)\nRequirements: Python, SQL, machine learning. 3+ years of experience.';
    const mid = checkFit(
      'Ana Diaz\nana@x.io\nExperience\nMachine Learning Engineer, Acme\nJan 2020 - Present\n- Python, SQL and machine learning models',
      posting,
      { asOf },
    );
    const director = checkFit(
      'Ana Diaz\nana@x.io\nExperience\nDirector of Machine Learning, Acme\nJan 2020 - Present\n- Python, SQL and machine learning models',
      posting,
      { asOf },
    );
    const pts = (r: typeof mid) => r.components.find((c) => c.name === 'seniority')!.points;
    expect(pts(director)).toBeLessThan(pts(mid));
    expect(director.suggestions.some((s) => s.kind === 'seniority' && /above/.test(s.message))).toBe(true);
  });
});
