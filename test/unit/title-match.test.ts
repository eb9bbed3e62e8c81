import { describe, expect, it } from 'vitest';
// @ts-expect-error: the eval's plain ES modules carry no types
import { precisionAtK, sharedWord } from '../../eval/sets/titles.mjs';
import { titleWords } from '../../src/analyze/text/title-words.js';
import { checkFit } from '../../src/check.js';
import { titleMatch, titleSimilarity } from '../../src/score/title.js';
import type { Role } from '../../src/types.js';

const words = (t: string) => titleWords(t).map((w) => w.word);
const sim = (a: string, b: string) => titleSimilarity(titleWords(a), titleWords(b));
const role = (title: string, line = 5): Role => ({ title, employer: 'Acme', start: '2020-01', end: '2024-01', line });

describe('title words', () => {
  it("sets the individual ladder's seniority words and fillers apart, keeps management words", () => {
    expect(words('Senior Data Engineer II (Remote)')).toEqual(words('Data Engineer'));
    expect(words('Sr. Backend Developer')).toEqual(words('Backend Developer'));
    expect(words('Engineering Manager')).toContain(words('Manager')[0]);
  });
  it('reads synonyms and word forms as one', () => {
    expect(words('ML Engineer')).toEqual(words('Machine Learning Engineer'));
    expect(words('Design Engineering')).toEqual(words('Designer Engineer'));
    expect(words('QA Analyst')).toEqual(words('Quality Assurance Analyst'));
  });
  it('marks general occupation nouns, which weigh less', () => {
    expect(titleWords('Aerospace Engineer').map((w) => w.generic)).toEqual([false, true]);
  });
});

describe('title similarity', () => {
  it('matches the same job at another level, not another job sharing only the occupation noun', () => {
    expect(sim('Senior Data Engineer', 'Data Engineer')).toBe(1);
    expect(sim('Lead Machine Learning Engineer', 'ML Engineer')).toBe(1);
    expect(sim('Aerospace Engineer', 'Security Engineer')).toBeLessThan(0.5);
    expect(sim('Network Engineer', 'Network Administrator')).toBeGreaterThanOrEqual(0.5);
    expect(sim('Nurse', 'Software Engineer')).toBe(0);
  });
  it('is symmetric and 0 for an empty title', () => {
    expect(sim('Web Developer', 'Senior Web Developer Lead')).toBe(sim('Senior Web Developer Lead', 'Web Developer'));
    expect(sim('', 'Web Developer')).toBe(0);
  });
  it('picks the resume role closest to the posting title', () => {
    const m = titleMatch('Senior Data Engineer', [role('Data Analyst'), role('Data Engineer', 9)], titleWords);
    expect(m).toMatchObject({ closest: 'Data Engineer', similarity: 1, match: true });
    expect(titleMatch('Data Engineer', [], titleWords)).toMatchObject({ closest: null, similarity: 0, match: false });
  });
  it('is reported in the result', () => {
    const r = checkFit(
      'Ana Diaz\nana@x.io\nExperience\nData Engineer, Acme\nJan 2019 - Present\n- Built pipelines in Python',
      'Senior Data Engineer\nRequirements: Python, SQL.',
    );
    expect(r.title).toMatchObject({ posting: 'Senior Data Engineer', closest: 'Data Engineer', match: true });
  });
});

describe('the titles eval set (pure parts)', () => {
  it('baseline: any raw word in common', () => {
    expect(sharedWord('Web Developer', 'developer, tools')).toBe(true);
    expect(sharedWord('Web Developer', 'Nurse')).toBe(false);
  });
  it('precision at k: similar titles among the k closest, ties in file order', () => {
    const queries = [['q', 'Data Engineer']];
    const docs = [
      ['a', 'Data Engineer'],
      ['b', 'Nurse'],
      ['c', 'Data Analyst'],
    ];
    const similar = new Set(['q\ta']);
    const score = (x: string, y: string) => sim(x, y);
    expect(precisionAtK(queries, docs, similar, score, 2)).toBe(0.5);
  });
});
