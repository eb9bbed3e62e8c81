import { describe, expect, it } from 'vitest';
import { checkFit } from '../../src/check.js';
import { KNOCKOUT_CAP } from '../../src/score/weights.js';
import { job, read, ROOT } from '../helpers/paths.js';

const asOf = new Date('2026-11-01T00:00:00Z');
const resume = (name: string) => read(`${ROOT}test/fixtures/resumes/${name}`);

// Clearly different fits, in the order a recruiter would rank them for a senior ML posting.
const RANKED = ['ml-lead-strong.txt', 'ml-engineer-mid.md', 'data-analyst.txt'];
const UNRELATED = ['frontend-developer.txt', 'nurse.txt', 'recipe.txt'];

describe.each(['discover-senior-lead-ml-engineer', 'discover-senior-manager-machine-learning'])(
  'ranking for %s',
  (posting) => {
    const text = read(job(posting));
    const score = (name: string) => checkFit(resume(name), text, { asOf });

    it('orders strong ML lead > mid ML engineer > data analyst > unrelated documents', () => {
      const scores = RANKED.map((n) => score(n).score);
      expect(scores[0]).toBeGreaterThan(scores[1]);
      expect(scores[1]).toBeGreaterThan(scores[2]);
      for (const n of UNRELATED) expect(score(n).score).toBeLessThan(scores[2]);
    });

    it('puts the strong candidate in the strong band with no knock-out hit', () => {
      const r = score('ml-lead-strong.txt');
      expect(r.band).toBe('strong');
      expect(r.knockedOut).toBe(false);
    });

    it('scores unrelated documents near zero', () => {
      for (const n of UNRELATED) expect(score(n).score).toBeLessThan(10);
    });

    it('says "knocked out" for a mid engineer short of the years, and caps the score in the weak band', () => {
      const r = score('ml-engineer-mid.md');
      expect(r.knockedOut).toBe(true);
      expect(r.verdict).toBe('knocked out');
      expect(r.score).toBeLessThanOrEqual(KNOCKOUT_CAP);
      expect(r.band).toBe('weak');
    });
  },
);

describe('ranking on a wordy posting with many listed skills', () => {
  it('still puts the strong candidate above the mid one, and the rest far below', () => {
    const text = read(job('senior-ml-engineer-job-profile'));
    const [strong, mid] = RANKED.map((n) => checkFit(resume(n), text, { asOf }).score);
    expect(strong).toBeGreaterThan(mid + 5);
    // The analyst and the unrelated documents are all far from this posting; their order among themselves is noise.
    for (const n of ['data-analyst.txt', ...UNRELATED])
      expect(checkFit(resume(n), text, { asOf }).score).toBeLessThan(Math.min(mid, 15));
  });
});
