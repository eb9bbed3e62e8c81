// Properties the score promises (README, "How the score works"), on resumes written for them.
import { describe, expect, it } from 'vitest';
import { KNOCKOUT_CAP } from '../../../src/score/weights.js';
import { check, DATA_ENGINEER, DATA_ENGINEER_KNOCKOUT, plainRoles, resume, STRONG, type ResumeSpec } from './build.js';

const REQUIRED = ['Python', 'SQL', 'Apache Spark', 'Airflow', 'AWS'];
const score = (r: ResumeSpec) => check(r, DATA_ENGINEER).score;

/** A resume that shows none of the required tools: roles with plain bullets, no skills list. */
const BARE: ResumeSpec = { ...STRONG, roles: plainRoles(STRONG), skills: [] };

describe('adding evidence never lowers the score', () => {
  it.each(REQUIRED)('naming %s in a role bullet', (skill) => {
    const added: ResumeSpec = {
      ...BARE,
      roles: BARE.roles.map((r, i) => (i === 0 ? { ...r, bullets: [...r.bullets, `Used ${skill} every day`] } : r)),
    };
    expect(score(added)).toBeGreaterThanOrEqual(score(BARE));
  });
  it.each(REQUIRED)('listing %s in the skills list', (skill) => {
    expect(score({ ...BARE, skills: [skill] })).toBeGreaterThanOrEqual(score(BARE));
  });
  it('adding every required skill, one at a time, never goes down', () => {
    let prev = score(BARE);
    const bullets: string[] = [];
    for (const skill of REQUIRED) {
      bullets.push(`Built the reporting jobs with ${skill}`);
      const next = score({ ...BARE, roles: BARE.roles.map((r) => ({ ...r, bullets: [...r.bullets, ...bullets] })) });
      expect(next).toBeGreaterThanOrEqual(prev);
      prev = next;
    }
  });
  it('moving a skill from the skills list into a role never lowers it', () => {
    const listed: ResumeSpec = { ...BARE, skills: ['Kafka'] };
    const inRole: ResumeSpec = {
      ...listed,
      roles: listed.roles.map((r, i) => (i === 0 ? { ...r, bullets: [...r.bullets, 'Ran Kafka topics'] } : r)),
    };
    expect(score(inRole)).toBeGreaterThanOrEqual(score(listed));
  });
});

describe('layout does not change the score', () => {
  it('reordering sections gives the same score', () => {
    const base = score(STRONG);
    expect(score({ ...STRONG, order: ['skills', 'education', 'experience'] })).toBe(base);
    expect(score({ ...STRONG, order: ['education', 'experience', 'skills'] })).toBe(base);
  });
  it('the same resume as Markdown gives the same score', () => {
    expect(score({ ...STRONG, format: 'markdown' })).toBe(score(STRONG));
  });
});

describe('the top of the scale', () => {
  it('a resume that names every required skill in roles and meets years, level and degree scores at least 90', () => {
    const r = check(STRONG, DATA_ENGINEER);
    expect(r.score).toBeGreaterThanOrEqual(90);
    expect(r.knockedOut).toBe(false);
  });
  it('100 needs every required group shown: one missing keeps the score below 100', () => {
    const noAirflow: ResumeSpec = {
      ...STRONG,
      roles: STRONG.roles.map((r) => ({
        ...r,
        bullets: r.bullets.map((b) => b.replace(/,? (scheduled|orchestrated) with Airflow/, '')),
      })),
      skills: STRONG.skills!.filter((s) => s !== 'Airflow'),
    };
    const r = check(noAirflow, DATA_ENGINEER);
    expect(r.skills.missing.map((m) => m.skill)).toContain('Airflow');
    expect(r.score).toBeLessThan(100);
    expect(r.components[0].points).toBeLessThan(r.components[0].weight);
  });
});

describe('knock-outs and the score agree', () => {
  it('a hit knock-out caps the score: never "100/100 … knocked out"', () => {
    const short: ResumeSpec = {
      ...STRONG,
      roles: [
        { ...STRONG.roles[0], dates: 'Jan 2024 – Present' },
        { ...STRONG.roles[1], dates: 'Mar 2023 – Dec 2023' },
      ],
    };
    const r = check(short, DATA_ENGINEER_KNOCKOUT);
    expect(r.knockedOut).toBe(true);
    expect(r.score).toBeLessThanOrEqual(KNOCKOUT_CAP);
    expect(r.capped?.from).toBeGreaterThan(KNOCKOUT_CAP);
  });
  it('a clear knock-out caps nothing', () => {
    const r = check(STRONG, DATA_ENGINEER_KNOCKOUT);
    expect(r.knockedOut).toBe(false);
    expect(r.capped).toBeUndefined();
    expect(r.score).toBe(score(STRONG));
  });
});

describe('unknown is not half right', () => {
  const undated: ResumeSpec = { ...STRONG, roles: STRONG.roles.map(({ dates: _d, ...r }) => r) };
  it('undated roles earn no experience points, and say why', () => {
    const r = check(undated, DATA_ENGINEER);
    const exp = r.components.find((c) => c.name === 'experience')!;
    expect(exp.points).toBe(0);
    expect(exp.detail).toMatch(/no role has dates/);
  });
  it('unread years never beat a known shortfall', () => {
    const twoYears: ResumeSpec = { ...STRONG, roles: [{ ...STRONG.roles[0], dates: 'Jan 2025 – Present' }] };
    const yearsOf = (r: ResumeSpec) => check(r, DATA_ENGINEER).components.find((c) => c.name === 'experience')!.points;
    expect(yearsOf(undated)).toBeLessThanOrEqual(yearsOf(twoYears));
  });
  it('no degree read earns no education points, and says why', () => {
    const r = check({ ...STRONG, education: undefined }, DATA_ENGINEER);
    const edu = r.components.find((c) => c.name === 'education')!;
    expect(edu.points).toBe(0);
    expect(edu.detail).toMatch(/names no degree/);
  });
});

describe('depth saturates', () => {
  it('repeating a skill within the same roles earns nothing more', () => {
    const once = score(STRONG);
    const stuffed: ResumeSpec = {
      ...STRONG,
      roles: STRONG.roles.map((r) => ({
        ...r,
        bullets: [...r.bullets, 'Python, Python, Python, SQL, SQL, Spark, Spark'],
      })),
      skills: [...STRONG.skills!, 'Python', 'Python 3', 'Python scripting'],
    };
    expect(score(stuffed)).toBe(once);
  });
  it('the report says how each skill was shown', () => {
    const r = check(STRONG, DATA_ENGINEER);
    const py = r.skills.matched.find((m) => m.skill === 'Python')!;
    expect(py.shown).toMatchObject({ how: 'named', roles: 2, listedOnly: false, lastUsed: '2026-11', credit: 1 });
  });
});

describe("an employer's name is not a skill", () => {
  const named: ResumeSpec = {
    roles: [
      {
        title: 'Data Analyst',
        employer: 'Spark Digital',
        dates: 'Jan 2019 – Present',
        bullets: ['Built dashboards in Excel'],
      },
      {
        title: 'Marketing Associate',
        employer: 'Kafka Media Group',
        dates: 'Jan 2016 – Dec 2018',
        bullets: ['Ran campaigns'],
      },
    ],
    education: 'B.A. in Economics, State University, 2015',
  };
  it('a tool in a company name earns no credit and clears no knock-out', () => {
    const r = check(named, DATA_ENGINEER);
    expect(r.skills.matched.map((m) => m.skill)).not.toContain('Apache Spark');
    expect(r.skills.matched.map((m) => m.skill)).not.toContain('Kafka');
    expect(r.score).toBeLessThan(15);
  });
  it('the same tool used in the role still counts', () => {
    const used = {
      ...named,
      roles: [{ ...named.roles[0], bullets: ['Ran Spark jobs for the dashboards'] }, named.roles[1]],
    };
    expect(check(used, DATA_ENGINEER).skills.matched.map((m) => m.skill)).toContain('Apache Spark');
  });
});
