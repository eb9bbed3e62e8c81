// Any-of lists in a posting: the lead words that make a list alternatives, and groups that stay in their section.
// Snippets written for these tests.
import { describe, expect, it } from 'vitest';
import { anyOfGroups } from '../../src/analyze/job/anyof.js';
import { analyzeJob } from '../../src/analyze/job.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';

const tax = defaultTaxonomy();
const groups = (line: string) => anyOfGroups(line, tax);
const posting = (text: string) => analyzeJob({ path: 'job.txt', format: 'text', text, warnings: [] });
const skill = (text: string, name: string) => posting(text).skills.find((s) => s.skill === name);

describe('any-of lists: the words before a list', () => {
  it.each([
    ['- Experience with at least one of (Python, Java, Go)', ['Python', 'Java', 'Go']],
    ['- Fluency in one of Python, Java, or Scala', ['Python', 'Java', 'Scala']],
    ['- Fluency in any of the following: Python, Java, Go', ['Python', 'Java', 'Go']],
    ['- Hands-on work in one or more of: AWS, Azure, GCP', ['AWS', 'Azure', 'GCP']],
    ['- Python/Java/Scala', ['Python', 'Java', 'Scala']],
  ])('%s is one group', (line, want) => {
    expect(groups(line)).toEqual([want]);
  });

  it('a lead covers only the list right after it; what comes before stays all-of', () => {
    expect(groups('- Python and at least one of Java, Go, Rust')).toEqual([['Java', 'Go', 'Rust']]);
    expect(groups('- Python, Java and Scala')).toEqual([]);
    expect(groups('- One of our core values is Python, Java and Scala craft')).toEqual([]);
  });

  it('in a posting any member of an "at least one of" list satisfies it: all are required, as one group', () => {
    const text = 'Backend Engineer\n\nRequirements\n- Experience with at least one of (Python, Java, Go)\n- SQL';
    for (const name of ['Python', 'Java', 'Go'])
      expect(skill(text, name)).toMatchObject({ required: true, anyOf: ['Python', 'Java', 'Go'] });
    expect(skill(text, 'SQL')?.anyOf).toBeUndefined();
  });
});

describe('any-of groups never span sections', () => {
  const text = ['Backend Engineer', '', 'Requirements', '- Python or Java', '', 'Nice to have', '- Java or Go'].join(
    '\n',
  );

  it('a preferred alternative does not become required because a required group shares a member', () => {
    expect(skill(text, 'Go')).toMatchObject({ required: false, anyOf: ['Java', 'Go'] });
    expect(skill(text, 'Python')).toMatchObject({ required: true, anyOf: ['Python', 'Java'] });
    expect(skill(text, 'Java')).toMatchObject({ required: true, anyOf: ['Python', 'Java'] });
  });

  it('two required groups sharing a member still merge', () => {
    const both = 'Backend Engineer\n\nRequirements\n- Python or Java\n- Java or Go';
    expect(skill(both, 'Go')).toMatchObject({ required: true });
    expect(skill(both, 'Go')?.anyOf).toEqual(expect.arrayContaining(['Python', 'Java', 'Go']));
  });
});
