// `fitcheck diff`: what a resume revision changed against a posting, in text, JSON and Markdown.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swappedMessage } from '../../src/cli/commands/check.js';
import { EXIT, run } from '../../src/cli/run.js';
import type { FitDiff } from '../../src/report/diff.js';
import { memoryIO } from '../helpers/io.js';

const POSTING = `Senior Data Engineer
About the role
You will build our data platform.
Requirements
- 5+ years of experience in data engineering
- Python and SQL
- Airflow
- Must have experience with cloud platforms (AWS or GCP)
Nice to have
- Kafka`;

const OLD = `Sam Carter
sam@example.com
Experience
Data Engineer, Acme — Jan 2017 – Present
- Built batch pipelines in Python and SQL on an on-premise Hadoop cluster.
- Scheduled jobs with cron; streamed events through Kafka.
Skills
Python, SQL, Hadoop, Kafka
Education
B.S. in Computer Science`;

// The revision: the cloud work written down, Airflow named, Kafka dropped.
const NEW = `Sam Carter
sam@example.com
Experience
Data Engineer, Acme — Jan 2017 – Present
- Built batch pipelines in Python and SQL on AWS (EMR, S3).
- Scheduled jobs with Airflow.
Skills
Python, SQL, AWS, Airflow
Education
B.S. in Computer Science`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fitcheck-diff-'));
  writeFileSync(join(dir, 'old.md'), OLD);
  writeFileSync(join(dir, 'new.md'), NEW);
  writeFileSync(join(dir, 'job.txt'), POSTING);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function diff(...args: string[]) {
  const io = memoryIO({ cwd: dir });
  const code = await run(['diff', ...args, '--as-of', '2026-11-01'], io);
  return { code, out: io.out(), err: io.err() };
}

describe('fitcheck diff', () => {
  it('gives the score before and after, skills gained and lost with their lines, knock-outs and advice', async () => {
    const { code, out } = await diff('old.md', 'new.md', 'job.txt', '-f', 'json');
    expect(code).toBe(EXIT.ok);
    const d = JSON.parse(out) as FitDiff;
    expect(d.change).toBe(Math.round((d.new.score - d.old.score) * 10) / 10);
    expect([d.old.knockedOut, d.new.knockedOut]).toEqual([true, false]);
    const gained = Object.fromEntries(d.skills.gained.map((g) => [g.skill, g]));
    expect(gained.Airflow.evidence[0]).toMatchObject({ line: 6 });
    expect(gained.Airflow.required).toBe(true);
    expect(d.skills.gained.map((g) => g.skill)).toContain('AWS');
    expect(d.skills.lost).toEqual([expect.objectContaining({ skill: 'Kafka', required: false })]);
    expect(d.skills.lost[0].evidence[0].line).toBe(6);
    expect(d.knockouts).toContainEqual(expect.objectContaining({ before: 'hit', after: 'clear' }));
    expect(d.advice.resolved.some((a) => /Airflow/.test(a))).toBe(true);
    expect(d.advice.added.every((a) => !/Airflow/.test(a))).toBe(true);
  });

  it('reads as text and as Markdown for a pull-request comment', async () => {
    const text = (await diff('old.md', 'new.md', 'job.txt')).out;
    expect(text).toMatch(/Score +\d+\/100 knocked out +→ +\d+\/100 \w+ fit +\([-+±][\d.]+\)/);
    expect(text).toMatch(/Skills gained \(\d+\)\n {2}\+ /);
    expect(text).toMatch(/Knock-outs changed\n {2}✖ hit → ✔ clear/);
    for (const l of text.split('\n')) expect([...l].length).toBeLessThanOrEqual(80);
    const md = (await diff('old.md', 'new.md', 'job.txt', '-f', 'markdown')).out;
    expect(md).toMatch(
      /^## fitcheck diff: Senior Data Engineer\n\n(📈|📉|➖) \*\*\d+ → \d+\*\* \([-+±][\d.]+\), knocked out → \*\*\w+ fit\*\*/,
    );
    expect(md).toMatch(/### Skills gained \(\d+\)\n\n- \*\*/);
    expect(md).toMatch(/### Advice resolved/);
  });

  it('says so when the revision changed nothing the posting asks about', async () => {
    expect((await diff('old.md', 'old.md', 'job.txt')).out).toMatch(
      /\(±0\)[\s\S]*changed nothing this posting asks about/,
    );
  });

  it('refuses swapped documents, stdin twice and a missing file with one line and exit 2', async () => {
    const swapped = await diff('job.txt', 'new.md', 'old.md');
    expect(swapped.code).toBe(EXIT.error);
    expect(swapped.err).toBe(`fitcheck: ${swappedMessage('job.txt', 'old.md')}\n`);
    expect((await diff('job.txt', 'new.md', 'old.md', '--as-is')).code).toBe(EXIT.ok);
    const stdin = await diff('-', '-', 'job.txt');
    expect(stdin).toMatchObject({ code: EXIT.error, out: '' });
    expect(stdin.err).toMatch(/^fitcheck: standard input \(-\) can feed only one of the three documents\n$/);
    const missing = await diff('nope.md', 'new.md', 'job.txt');
    expect(missing).toMatchObject({ code: EXIT.error, out: '', err: 'fitcheck: nope.md: no such file\n' });
  });
});
