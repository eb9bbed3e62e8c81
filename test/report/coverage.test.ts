// The keyword coverage view: each posting term, how often the posting and the resume say it, and where.
import { describe, expect, it } from 'vitest';
import { checkFit } from '../../src/check.js';
import { coverageRows, coverageText } from '../../src/report/coverage.js';
import { makeStyle } from '../../src/report/style.js';
import { textReport } from '../../src/report/text.js';

const POSTING = `Data Analyst
Requirements
- SQL, SQL and more SQL: you will write SQL every day
- Python or R
- Tableau
Nice to have
- Looker`;
const RESUME = `Kim Lee
kim@example.com
Experience
Analyst, Acme — Jan 2020 – Present
- Wrote SQL reports for finance
- Automated SQL checks in Python
Skills: SQL, Python`;

describe('keyword coverage', () => {
  const r = checkFit(RESUME, POSTING, { asOf: new Date('2026-11-01T00:00:00Z') });

  it('counts posting lines and resume lines per term, required first, and says how each is covered', () => {
    const rows = coverageRows(r);
    const sql = rows.find((x) => x.term === 'SQL')!;
    expect(sql).toMatchObject({ required: true, how: 'shown', resume: 3, lines: [5, 6, 7] });
    expect(sql.posting).toBeGreaterThanOrEqual(1);
    expect(rows.find((x) => x.term === 'Tableau')).toMatchObject({ how: 'missing', resume: 0, lines: [] });
    expect(rows.find((x) => x.term === 'R')).toMatchObject({ how: 'alternative', via: 'Python' });
    const flags = rows.map((x) => x.required);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it('is a section of the text report with --details only, within 80 columns', () => {
    const lines = coverageText(r, makeStyle(false));
    expect(lines[1]).toMatch(/^Keyword coverage/);
    expect(lines.join('\n')).toMatch(/✔ SQL +req +\d+× +3× +lines 5, 6, 7/);
    expect(lines.join('\n')).toMatch(/✖ Tableau +req +1× +0× +not in the resume/);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
    expect(textReport(r, { color: false, details: true })).toContain('Keyword coverage');
    expect(textReport(r, { color: false })).not.toContain('Keyword coverage');
  });
});

describe('keyword coverage by the part of the posting that names each term', () => {
  it('orders required, preferred, duties, then other mentions, and marks a duty as one, never as preferred', async () => {
    const { dutiesResult } = await import('../helpers/results.js');
    const { htmlReport } = await import('../../src/report/html.js');
    const r = dutiesResult();
    expect(coverageRows(r).map((x) => [x.term, x.section])).toEqual([
      ['Terraform', 'responsibilities'],
      ['Python', 'required'],
      ['Go', 'preferred'],
      ['Kafka', 'responsibilities'],
      ['Airflow', 'responsibilities'],
      ['Snowflake', 'other'],
    ]);
    const text = coverageText(r, makeStyle(false)).join('\n');
    expect(text).toMatch(/Kafka +duty /);
    expect(text).toMatch(/Snowflake +also /);
    expect(text).toMatch(/Terraform +req /);
    expect(htmlReport(r)).toMatch(/<strong>Airflow<\/strong><\/td>\s*<td data-label="">in the duties<\/td>/);
  });
});
