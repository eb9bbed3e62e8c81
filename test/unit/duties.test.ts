// A skill named only in a posting's duties is what the role involves: reported as such (its own group, its own
// advice, `section` in the JSON), never as a preferred skill. Snippets written for these tests.
import { describe, expect, it } from 'vitest';
import { rowOf } from '../../src/batch/row.js';
import { checkFit } from '../../src/check.js';
import { markdownReport } from '../../src/report/markdown.js';
import { textReport } from '../../src/report/text.js';
import { validator } from '../helpers/schema.js';

const asOf = new Date('2026-12-01T00:00:00Z');
const JOB = [
  'Data Platform Engineer',
  '',
  'Our team keeps the Snowflake warehouse of a retailer running.',
  '',
  "What you'll do",
  '- Build streaming pipelines with Kafka and Airflow',
  '- Review code and mentor two junior engineers',
  '',
  'Requirements',
  '- 5+ years of experience with Python',
  '- Strong SQL',
  '',
  'Nice to have',
  '- Go',
].join('\n');
const RESUME = [
  'Ada Quill',
  'ada@example.com',
  '',
  'Experience',
  'Data Engineer, Northwind Ltd — Jan 2019 – Present',
  '- Built Kafka consumers in Python that load orders into Postgres',
  '- Wrote SQL models for the finance team',
  '',
  'Education',
  'BSc Computer Science, 2018',
  '',
  'Skills',
  'Python, SQL, Go',
].join('\n');

const result = checkFit(RESUME, JOB, { asOf });
const sectionOf = (skill: string) =>
  [...result.skills.matched, ...result.skills.missing].find((s) => s.skill === skill)?.section;

describe('skills named only in the duties', () => {
  it('carry the part of the posting that names them, beside `required` (which keeps its meaning)', () => {
    expect(sectionOf('Python')).toBe('required');
    expect(sectionOf('Go')).toBe('preferred');
    expect(sectionOf('Kafka')).toBe('responsibilities');
    expect(sectionOf('Airflow')).toBe('responsibilities');
    expect(sectionOf('Snowflake')).toBe('other');
    expect(result.skills.matched.find((s) => s.skill === 'Kafka')?.required).toBe(false);
    expect(result.job.skills.find((s) => s.skill === 'Airflow')).toMatchObject({
      required: false,
      section: 'responsibilities',
    });
  });

  it('are advised on as what the role involves, never as what the posting prefers', () => {
    const airflow = result.messages!.find((m) => m.skills?.includes('Airflow'))!;
    expect(airflow).toMatchObject({ section: 'responsibilities', required: false, severity: 'warning' });
    expect(airflow.reason).toMatch(/^The role's duties name Airflow\b/);
    for (const m of result.messages!.filter((x) => x.section === 'responsibilities'))
      expect(m.reason).not.toMatch(/prefer/);
    expect(result.suggestions.find((s) => s.skill === 'Airflow')?.section).toBe('responsibilities');
  });

  it('are counted in the skills beyond the requirements, the score detail saying which part each comes from', () => {
    const detail = result.components.find((c) => c.name === 'preferred skills')!.detail;
    expect(detail).toMatch(/; preferred 1 of 1, in the duties 1 of \d+, mentioned 0 of 1$/);
  });

  it('are shown under "Named in the duties" in the text and Markdown reports', () => {
    const text = textReport(result, { color: false });
    const preferred = text.slice(text.indexOf('Preferred skills')).split('\n\n')[0];
    expect(preferred).not.toMatch(/Kafka|Airflow|Snowflake/);
    expect(text).toMatch(/Named in the duties {2}1 of \d+ shown/);
    expect(markdownReport(result)).toMatch(/- \*\*Named in the duties\*\* \(\d+\): Airflow/);
  });

  it('validate against the published schema, every field described', () => {
    const validate = validator('fitcheck-result', true);
    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
    const wrong = {
      ...result,
      skills: { ...result.skills, matched: [{ ...result.skills.matched[0], section: 'duties' }] },
    };
    expect(validate(wrong)).toBe(false);
  });

  it("give a batch row the section of each missing required skill, in the list's order", () => {
    const job = JOB.replace('- Build streaming', '- Every change must go through Terraform\n- Build streaming');
    const r = checkFit(RESUME, job, { asOf });
    const row = rowOf('ada.txt', 'job.txt', r);
    expect(row.missing).toEqual(['Terraform']);
    expect(row.missingSections).toEqual(['required']);
  });
});
