// Scoring a long resume stays linear: the employer-name check looks at the roles headed on a mention's own line,
// not at every role for every mention. Bounded by counted work (role reads), not by time: with N roles and N
// mentions a walk over every role would read N² roles; the index reads each role a few times.
import { describe, expect, it } from 'vitest';
import { resumeSkillEvidence } from '../../src/score/match.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import type { ResumeProfile, Role } from '../../src/types.js';

const N = 2000;

function longResume(count: { reads: number }): ResumeProfile {
  const roles: Role[] = Array.from({ length: N }, (_, i) => ({
    title: 'Engineer',
    employer: `Acme ${i}`,
    start: '2020-01',
    end: '2021-01',
    line: i * 3 + 1,
  }));
  // Every element read of the roles is counted.
  const counted = new Proxy(roles, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) count.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  const evidence = Array.from({ length: N }, (_, i) => ({
    line: i * 3 + 2,
    text: '- Built Python services',
    match: 'Python',
  }));
  return {
    path: 'long.txt',
    format: 'text',
    name: null,
    skills: [{ skill: 'Python', category: 'language', evidence }],
    roles: counted,
    experience: { candidateYears: null, internshipYears: 0, claimedYears: null, note: '' },
    seniority: { candidate: null },
    education: { candidate: null, field: null, degrees: [] },
    warnings: [],
    lines: [],
  } as unknown as ResumeProfile;
}

describe('scoring work on a long resume', () => {
  it(`checks ${N} mentions against ${N} roles in linear work`, () => {
    const count = { reads: 0 };
    const shown = resumeSkillEvidence(longResume(count), defaultTaxonomy());
    expect(shown.get('Python')?.length).toBe(N);
    // A walk over every role per mention would read N × N = 4,000,000 roles.
    expect(count.reads).toBeLessThan(10 * N);
  });
});
