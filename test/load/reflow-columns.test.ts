import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/analyze/resume.js';
import { repairMojibake } from '../../src/load/decode.js';
import { loadBuffer } from '../../src/load/index.js';
import { layoutPage, type Segment, type TextItem } from '../../src/load/layout.js';
import { reflow } from '../../src/load/reflow.js';
import * as F from './fixtures.js';

afterAll(F.removeTempDirs);
const asOf = new Date('2026-11-01T00:00:00Z');

/** Lines of one column at x 36, 10 pt type, 11.5 pt pitch; widths proportional to the text (5 pt a character). */
const column = (texts: string[], pitch = 11.5): Segment[] =>
  texts.map((text, i) => ({ text, x0: 36, x1: 36 + 5 * text.length, y: 700 - i * pitch, h: 10 }));

describe('a narrow column that wraps its lists', () => {
  it('joins a list line the width broke, capital or not, and keeps items that fitted apart', () => {
    const lines = column([
      'Java, Kotlin, Scala, Natural',
      'Language Processing, Git, Go',
      'Excel, SQL, Tableau, Power',
      'BI, Looker, dbt, Airflow, SQL',
    ]);
    expect(reflow(lines)).toEqual([
      'Java, Kotlin, Scala, Natural Language Processing, Git, Go Excel, SQL, Tableau, Power BI, Looker, dbt, Airflow, SQL',
    ]);
  });

  it('joins short wrapped items in a narrow column, not items of a ragged list', () => {
    const narrow = column(['Risk', 'management and', 'analysis', 'Budgeting and', 'finance', 'Strong verbal']);
    expect(reflow(narrow)).toEqual(['Risk management and analysis', 'Budgeting and finance', 'Strong verbal']);
    // One item a line, no edge two lines reach: nothing joins, even where the next word would not have fitted.
    const ragged = column(['Payroll, Excel', 'Forecasting', 'Accounts payable, Sage', 'Cost Control']);
    expect(reflow(ragged)).toEqual(['Payroll, Excel', 'Forecasting', 'Accounts payable, Sage', 'Cost Control']);
    // A labelled line starts an item of its own.
    const labelled = column(['ERP: SAP, Oracle, Workday', 'Reporting: Excel, Cognos', 'BI: Tableau, Qlik, Looker']);
    expect(reflow(labelled)).toHaveLength(3);
  });

  it("a line the page's text runs well past does not pull the next capitalised line onto it", () => {
    const body = 'Reconciled the ledgers with the bank statements for the four companies, each week.';
    const page = [
      ...column(['Ledger tools: Sage, Xero, QuickBooks, Microsoft Word and Excel', 'Experience', '07/2014 to Current']),
      ...column([body, body]).map((l, i) => ({ ...l, x0: 60, x1: 60 + 5 * body.length, y: 660 - i * 11.5 })),
    ];
    expect(reflow(page).slice(0, 3)).toEqual([
      'Ledger tools: Sage, Xero, QuickBooks, Microsoft Word and Excel',
      'Experience',
      '07/2014 to Current',
    ]);
    // A line that runs to the text's edge was broken by the width: a capital on the next line still continues it.
    const paragraph = column([
      'Prepared the monthly close and the variance report for the',
      'Finance Director, and reconciled the ledgers with the bank',
      'statements each week for the four operating companies here.',
    ]);
    expect(reflow(paragraph)).toHaveLength(1);
  });

  it('a lone capitalised word under a long line that ends a phrase is a heading, not the end of that line', () => {
    const prose = 'Ran site inspections, safety briefings and reports, and filed the claims';
    expect(reflow(column([prose, 'Experience', 'Site Safety Officer Sep 2010 to Jul 2014']))).toEqual([
      prose,
      'Experience',
      'Site Safety Officer Sep 2010 to Jul 2014',
    ]);
    // After a function word the lone word ends the phrase.
    const open = 'Ran site inspections, safety briefings and reports, and reported to the';
    expect(reflow(column([open, 'Board', 'Site Safety Officer Sep 2010 to Jul 2014']))[0]).toBe(`${open} Board`);
  });

  it("a lone word set in from a role's heading is its paragraph's last word, whatever it names", () => {
    // The role's heading at the margin, its paragraph indented: the paragraph wraps its last word ("Training")
    // onto a line of its own, where it reads like a heading that would end the work history.
    const para = [
      'Directed the plant operations with P&L oversight, including production scheduling,',
      'inventory control, procurement, logistics, maintenance, safety and employee',
      'Training',
    ];
    const page = [
      { text: 'Plant Manager 01/2012 to 08/2013 Acme Foods City , State', x0: 36, x1: 320, y: 712, h: 10 },
      ...para.map((text, i) => ({ text, x0: 60, x1: i === 2 ? 100 : 470, y: 700 - i * 11.5, h: 10 })),
      { text: 'Director of Operations 11/2010 to 11/2011 Acme Foods', x0: 36, x1: 300, y: 655, h: 10 },
    ];
    expect(reflow(page)).toEqual([page[0].text, `${para[0]} ${para[1]} ${para[2]}`, page[4].text]);
  });

  it('a wider drop than the line pitch is a new item, even when the next word would not have fitted', () => {
    const lines = column(['Java, Kotlin, Scala, Go', 'Spark, Flink, Kafka, Git', 'Tableau, Power BI, Looker']);
    lines[2].y -= 5;
    expect(reflow(lines)).toEqual(['Java, Kotlin, Scala, Go Spark, Flink, Kafka, Git', 'Tableau, Power BI, Looker']);
  });

  it('a PDF sidebar whose skill lists wrap gives the skills the unwrapped lists give', async () => {
    const doc = await loadBuffer('sidebar.pdf', await F.narrowSidebarPdf());
    const skills = analyzeResume(doc, asOf).skills.map((s) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['Natural Language Processing', 'GCP']));
    expect(doc.text).toContain('Java, Kotlin, Natural Language Processing, Git');
    expect(doc.text).not.toMatch(/Git Tableau/);
  });
});

describe('mojibake: UTF-8 read as Windows-1252 on its way into a PDF', () => {
  it('restores dashes, bullets, quotes, accents and no-break spaces; leaves real text alone', () => {
    expect(repairMojibake('Acme Corp \u00e2\u20ac\u201c Leeds')).toBe('Acme Corp \u2013 Leeds');
    expect(repairMojibake('\u00e2\u20ac\u00a2 Built dashboards')).toBe('\u2022 Built dashboards');
    expect(repairMojibake('Caf\u00c3\u00a9 manager')).toBe('Caf\u00e9 manager');
    expect(repairMojibake('two staff members.\u00c2')).toBe('two staff members.');
    expect(repairMojibake('\u00c2\u00a0Leeds')).toBe('\u00a0Leeds');
    expect(repairMojibake('the \u00e2\u20ac\u0153Tickle\u00e2\u20ac system')).toBe('the \u201cTickle\u201d system');
    for (const real of ['Café, São Paulo, Zürich', 'Ângela Ôliveira', 'naïve résumé', '€ 40,000'])
      expect(repairMojibake(real)).toBe(real);
  });

  it('a full-width dash whose last byte was lost ("ï¼") is a dash again, and full-width ASCII folds', async () => {
    expect(repairMojibake('Northwind Traders \u00ef\u00bc\u200b Leeds')).toBe('Northwind Traders \uff0d\u200b Leeds');
    // A whole full-width comma (EF BC 8C) is not a lost byte.
    expect(repairMojibake('Leeds\u00ef\u00bc\u0152 UK')).toBe('Leeds\uff0c UK');
    const text = 'Experience\nPayroll Clerk\nMarch 2016 to May 2019 Northwind Traders \u00ef\u00bc\u200b Leeds , UK\n';
    const doc = await loadBuffer('w.txt', Buffer.from(text));
    expect(doc.text).toContain('Northwind Traders - Leeds , UK');
    expect(doc.text).not.toMatch(/[\u00ef\u00bc\uff0d]/);
    expect(analyzeResume(doc, asOf).roles.map((r) => r.employer)).toEqual(['Northwind Traders']);
  });

  it('a mangled dash between dates reads as a range', async () => {
    const text = `Jordan Reyes\n\nExperience\nStaff Accountant, Acme Ltd \u2014 Mar 2019 \u00e2\u20ac\u201c Present\n`;
    const r = analyzeResume(await loadBuffer('m.txt', Buffer.from(text)), asOf);
    expect(r.roles.map((x) => `${x.start}..${x.end}`)).toEqual(['2019-03..2026-11']);
  });
});

describe('two headings on one row', () => {
  const item = (str: string, x: number, y: number, h = 10): TextItem => ({ str, x, y, w: str.length * 0.55 * h, h });
  it('come apart where no gutter was found (too few lines to tell); a title and an employer in body type stay one line', () => {
    const lines = layoutPage([
      item('PROJECT', 50, 700, 13),
      item('WORK EXPERIENCE', 320, 700, 13),
      item('Route planner in Go', 50, 684),
      item('SALES ASSOCIATE', 50, 660),
      item('NORTHGATE OUTFITTERS', 320, 660),
    ]).lines.map((l) => l.text);
    expect(lines.slice(0, 3)).toEqual(['PROJECT', 'WORK EXPERIENCE', 'Route planner in Go']);
    expect(lines).toContain('SALES ASSOCIATE  NORTHGATE OUTFITTERS');
  });
});
