// Kind checks (swapped arguments, a posting among resumes) and the usage messages a new user meets first.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinctLabels, missingText, tableReport } from '../../src/batch/report/table.js';
import { compareRows, rankRows, type BatchRow } from '../../src/batch/row.js';
import { READS_AS_POSTING } from '../../src/batch/score.js';
import { swappedMessage } from '../../src/cli/commands/check.js';
import { clearlyKind, detectKind, looksSwapped } from '../../src/cli/doc-kind.js';
import { MISSING_RESUME, STDIN_TWICE } from '../../src/cli/plan.js';
import { EXIT, MAIN_HELP_AFTER, run } from '../../src/cli/run.js';
import { memoryIO } from '../helpers/io.js';
import { example, job, read, ROOT } from '../helpers/paths.js';
import { batchRow as row } from '../helpers/rows.js';

// A resume in a style the old detector read as a posting: every role has "Responsibilities" and a "Role" line,
// dates as "June 2016 to till date", a declaration at the end, no email on the page.
const RESUME_WITH_DUTIES = `Anil Kumar
Mobile: 98450 12345
Career Objective
To work in a challenging position where my skills are required.
Work Experience
Infosys Ltd, Senior Systems Engineer (June 2016 to till date)
Role: Backend developer
Responsibilities:
- Developed REST services in Java and Spring
- Handled requirements gathering with the client
Wipro, Project Engineer (Jul 2013 to May 2016)
Role: Tester
Responsibilities:
- Tested payment flows
Education
B.E. in Computer Science, 2013
Declaration
I hereby declare that the above information is true.
Place: Bangalore`;

// A short posting with no headings the old detector knew.
const TERSE_POSTING = `Data Engineer
Location :: Austin TX
Exp :: 5+ years
* Strong Python and SQL is a must
* Experience with Airflow and dbt
* Ability to work with stakeholders
Visa: any`;

describe('document kind', () => {
  it('reads resumes that talk about roles and requirements as resumes, and terse postings as postings', () => {
    expect(detectKind(RESUME_WITH_DUTIES)).toBe('resume');
    expect(detectKind(TERSE_POSTING)).toBe('job');
  });

  it('tells the bundled examples from the bundled jobs, and says "clearly" only of postings', () => {
    const jobs = readdirSync(join(ROOT, 'jobs')).map((f) => read(join(ROOT, 'jobs', f)));
    const resumes = readdirSync(join(ROOT, 'examples')).map((f) => read(example(f)));
    for (const t of jobs) expect(detectKind(t)).toBe('job');
    for (const t of [...resumes, RESUME_WITH_DUTIES]) {
      expect(detectKind(t)).toBe('resume');
      expect(clearlyKind(t, 'job')).toBe(false);
    }
    expect(jobs.some((t) => clearlyKind(t, 'job'))).toBe(true);
  });

  it('calls a pair swapped only when both documents lean the wrong way', () => {
    const posting = read(job('discover-senior-lead-ml-engineer'));
    const resume = read(example('ml-engineer-strong.md'));
    expect(looksSwapped(resume, posting)).toBe(false);
    expect(looksSwapped(posting, resume)).toBe(true);
    // A posting given twice, or a resume twice, is not "swapped": one odd document alone never stops a check.
    expect(looksSwapped(posting, posting)).toBe(false);
    expect(looksSwapped(resume, resume)).toBe(false);
  });
});

describe('swapped arguments', () => {
  const posting = job('discover-senior-lead-ml-engineer');
  const resume = example('ml-engineer-strong.md');

  it('exits 2 with one line that says so and how to force it', async () => {
    const io = memoryIO();
    expect(await run([posting, resume, '--as-of', '2026-11-01'], io)).toBe(EXIT.error);
    expect(io.err()).toBe(`fitcheck: ${swappedMessage(posting, resume)}\n`);
    expect(io.err()).toMatch(/--as-is/);
    expect(io.out()).toBe('');
  });

  it('checks them as given with --as-is, and the right order as always', async () => {
    const asIs = memoryIO();
    expect(await run([posting, resume, '--as-is', '-q', '--as-of', '2026-11-01'], asIs)).toBe(EXIT.ok);
    expect(asIs.out()).toMatch(/\/100/);
    const right = memoryIO();
    expect(await run([resume, posting, '-q', '--as-of', '2026-11-01'], right)).toBe(EXIT.ok);
  });
});

describe('usage messages', () => {
  it('bare fitcheck prints a usage line and points at the demo', async () => {
    const io = memoryIO({ cwd: mkdtempSync(join(tmpdir(), 'fitcheck-bare-')) });
    expect(await run([], io)).toBe(EXIT.error);
    expect(io.err()).toBe(`fitcheck: ${MISSING_RESUME}\n`);
    expect(MISSING_RESUME).toMatch(/Usage: fitcheck <resume> <job>.*fitcheck demo/);
  });

  it('- - says standard input can feed only one of the two', async () => {
    const io = memoryIO({}, 'some text');
    expect(await run(['-', '-'], io)).toBe(EXIT.error);
    expect(io.err()).toBe(`fitcheck: ${STDIN_TWICE}\n`);
  });

  it('the main --help ends with examples and the exit codes', async () => {
    const io = memoryIO();
    expect(await run(['--help'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain(MAIN_HELP_AFTER.trim());
    expect(io.out()).toMatch(/Examples:\n {2}fitcheck demo/);
    expect(io.out()).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });
});

describe('a batch with a posting among the resumes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fitcheck-kind-'));
    mkdirSync(join(dir, 'cands'));
    writeFileSync(join(dir, 'cands', 'a-resume.md'), read(example('ml-engineer-strong.md')));
    writeFileSync(join(dir, 'cands', 'b-resume.txt'), RESUME_WITH_DUTIES);
    writeFileSync(join(dir, 'cands', 'the-posting.txt'), read(job('discover-senior-lead-ml-engineer')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const batch = async (...args: string[]) => {
    const io = memoryIO();
    const code = await run(
      ['batch', 'discover-senior-lead-ml-engineer', join(dir, 'cands'), '--concurrency', '1', ...args],
      io,
    );
    return { code, out: io.out(), err: io.err() };
  };

  it('skips it with a row that says why, and scores the resumes', async () => {
    const { code, out } = await batch('-f', 'json', '--as-of', '2026-11-01');
    expect(code).toBe(EXIT.ok);
    const rows = JSON.parse(out) as BatchRow[];
    const skipped = rows.find((r) => r.resume.endsWith('the-posting.txt'))!;
    expect(skipped).toMatchObject({ rank: null, score: null, error: `${skipped.resume}: ${READS_AS_POSTING}` });
    expect(rows.filter((r) => r.error === null)).toHaveLength(2);
    // The rows carry the candidate's name, years, level and education.
    expect(rows[0]).toMatchObject({ name: 'Priya Raman', level: expect.any(String), education: expect.any(String) });
    expect(typeof rows[0].years).toBe('number');
    expect(rows[0]).not.toHaveProperty('detail');
  });

  it('scores it with --as-is', async () => {
    const { out } = await batch('-f', 'json', '--as-is', '--as-of', '2026-11-01');
    expect((JSON.parse(out) as BatchRow[]).every((r) => r.error === null)).toBe(true);
  });
});

describe('batch ranking and table', () => {
  it('puts knocked-out pairs after every clean one, whatever their score', () => {
    const ranked = rankRows([row('a', 90, { knockedOut: true, verdict: 'knocked out' }), row('b', 20), row('c', 55)]);
    expect(ranked.map((r) => [r.rank, r.resume])).toEqual([
      [1, 'c'],
      [2, 'b'],
      [3, 'a'],
    ]);
    expect(compareRows(row('x', 10), row('y', 99, { knockedOut: true }))).toBeLessThan(0);
  });

  it('labels long file names so that no two rows look the same', () => {
    const names = [
      'clients/2024/devops-engineer-resume-example.pdf',
      'clients/2025/devops-engineer-resume-example.pdf',
    ];
    const labels = distinctLabels(names, 20);
    expect(new Set(labels.values()).size).toBe(2);
    for (const l of labels.values()) expect(l.length).toBeLessThanOrEqual(20);
    const out = tableReport(
      names.map((n, i) => ({ ...row(n, 70 - i), rank: i + 1 })),
      { color: false },
    );
    const shown = out.split('\n').slice(1, 3);
    expect(shown[0].slice(0, 40)).not.toBe(shown[1].slice(0, 40));
  });

  it('shows the candidate name, and missing skills as the first ones and a count', () => {
    const r = row('a.md', 70, {
      name: 'Ada Lovelace',
      missing: ['Kubernetes', 'Terraform', 'Apache Spark', 'Go', 'Rust'],
      missingCount: 9,
    });
    expect(missingText(r, 200)).toBe('Kubernetes, Terraform, Apache Spark +6 more');
    expect(missingText(r, 30)).toBe('Kubernetes, Terraform +7 more');
    const wide = tableReport([{ ...r, rank: 1 }], { color: false, width: 160 });
    expect(wide).toMatch(/name +resume +score +band +K-O +missing required skills/);
    expect(wide).toMatch(/Ada Lovelace +a\.md +70 +good +ok +Kubernetes, Terraform, Apache Spark \+6 more/);
    for (const l of wide.split('\n')) expect(l.length).toBeLessThanOrEqual(160);
    const narrow = tableReport([{ ...r, resume: 'candidates/' + 'x'.repeat(30) + '.md', rank: 1 }], { color: false });
    expect(narrow).toMatch(/\n {6}missing: Kubernetes, Terraform, Apache Spark \+6 more/);
  });
});
