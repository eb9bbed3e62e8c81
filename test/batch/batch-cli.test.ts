import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, run } from '../../src/cli/run.js';
import { MSG } from '../../src/load/messages.js';
import { memoryIO } from '../helpers/io.js';
import { example, job, ROOT } from '../helpers/paths.js';
// @ts-expect-error plain ESM helper shared with the measurement script
import { generateResume, toDocx, toPdf, writeCorpus } from '../helpers/corpus.mjs';

const JOB = 'discover-senior-lead-ml-engineer';
const AS_OF = ['--as-of', '2026-11-01'];
let dir: string;

/**
 * Run a batch in-process; one thread unless the case names --concurrency: worker threads are tested where
 * they are the point (one thread against two, mixed formats, the real bin, pool.test.ts), and starting
 * them for every case only slows a busy machine.
 */
async function batch(args: string[], overrides = {}) {
  const io = memoryIO(overrides);
  const code = await run(['batch', ...args, ...(args.includes('--concurrency') ? [] : ['--concurrency', '1'])], io);
  return { code, out: io.out(), err: io.err() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fitcheck-batch-'));
  writeCorpus(join(dir, 'clients'), 12);
  writeFileSync(join(dir, 'clients', 'broken.pdf'), Buffer.from([0, 1, 2, 0xff, 0, 0x50, 0x44, 0x46]));
  writeFileSync(join(dir, 'clients', 'empty.txt'), '');
  writeFileSync(join(dir, 'clients', 'notes.xyz'), 'not a resume format');
  writeFileSync(join(dir, 'clients', '.hidden.txt'), 'Hidden Person\nPython\n');
  mkdirSync(join(dir, 'allbad'));
  writeFileSync(join(dir, 'allbad', 'a.txt'), '');
  writeFileSync(join(dir, 'allbad', 'b.pdf'), Buffer.from([0, 0, 0, 0]));
  mkdirSync(join(dir, 'none'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fitcheck batch', () => {
  it('ranks a folder best first, ties by file name, errors last in place of the broken files', async () => {
    const { code, out, err } = await batch([JOB, join(dir, 'clients'), '--format', 'json', ...AS_OF]);
    expect(code).toBe(EXIT.ok);
    const rows = JSON.parse(out);
    expect(rows).toHaveLength(14);
    for (const r of rows)
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['resume', 'job', 'score', 'verdict', 'knockedOut', 'error']),
      );
    const scored = rows.filter((r: { error: string | null }) => r.error === null);
    expect(scored).toHaveLength(12);
    scored.forEach((r: { rank: number; score: number; resume: string; knockedOut: boolean }, i: number) => {
      expect(r.rank).toBe(i + 1);
      if (i > 0) {
        // Knocked-out pairs come after all the others, whatever their score.
        const prev = scored[i - 1];
        expect(
          (!prev.knockedOut && r.knockedOut) ||
            (prev.knockedOut === r.knockedOut &&
              (prev.score > r.score || (prev.score === r.score && prev.resume < r.resume))),
        ).toBe(true);
      }
    });
    expect(
      rows
        .slice(12)
        .map((r: { resume: string; error: string; score: null }) => [
          r.resume.replace(dir, ''),
          r.error.replace(dir, ''),
          r.score,
        ]),
    ).toEqual([
      ['/clients/broken.pdf', `/clients/broken.pdf: ${MSG.binary}`, null],
      ['/clients/empty.txt', `/clients/empty.txt: ${MSG.empty}`, null],
    ]);
    expect(err).toMatch(/Checked 14 resumes against 1 job .*; 2 resumes could not be read\.\n$/);
    // The same one-line message a single check prints.
    const single = memoryIO();
    expect(await run([join(dir, 'clients', 'broken.pdf'), JOB], single)).toBe(EXIT.error);
    expect(single.err()).toBe(`fitcheck: ${rows[12].error}\n`);
  });

  it('scores PDF, DOCX and text of the same resumes alike in one batch', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed, { recursive: true });
    for (const i of [3, 7]) {
      const text = generateResume(i);
      writeFileSync(join(mixed, `r${i}.txt`), text);
      writeFileSync(join(mixed, `r${i}.pdf`), await toPdf(text));
      writeFileSync(join(mixed, `r${i}.docx`), await toDocx(text));
    }
    writeFileSync(join(mixed, 'truncated.pdf'), '%PDF-1.4\n1 0 obj\n');
    const { code, out } = await batch([JOB, mixed, '-f', 'json', '--concurrency', '2', ...AS_OF]);
    expect(code).toBe(EXIT.ok);
    const rows: { resume: string; score: number | null; error: string | null }[] = JSON.parse(out);
    const score = (name: string) => rows.find((r) => r.resume === join(mixed, name))!.score;
    for (const i of [3, 7])
      expect([score(`r${i}.pdf`), score(`r${i}.docx`)]).toEqual([score(`r${i}.txt`), score(`r${i}.txt`)]);
    expect(rows.at(-1)).toMatchObject({
      resume: join(mixed, 'truncated.pdf'),
      score: null,
      error: expect.stringMatching(/truncated\.pdf: /),
    });
  });

  it('gives byte-identical results with one thread and with two', async () => {
    const args = [JOB, join(dir, 'clients'), '--format', 'json', ...AS_OF];
    const one = await batch([...args, '--concurrency', '1']);
    const two = await batch([...args, '--concurrency', '2']);
    expect(two.code).toBe(EXIT.ok);
    expect(two.out).toBe(one.out);
  });

  it('writes RFC 4180 CSV: header, one row per pair, quoted fields, CRLF', async () => {
    const { code, out } = await batch([
      '--job',
      job('discover-senior-manager-machine-learning'),
      '--job',
      JOB,
      join(dir, 'clients'),
      '-f',
      'csv',
      ...AS_OF,
    ]);
    expect(code).toBe(EXIT.ok);
    const lines = out.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(
      'rank,resume,job,jobTitle,score,band,verdict,knockedOut,missing,error,name,years,level,education,missingCount,missingSections',
    );
    expect(lines).toHaveLength(1 + 14 * 2);
    expect(out).toContain('"Senior Manager, Machine Learning"');
    expect(out).not.toMatch(/[^\r]\n/);
  });

  it('writes JSON Lines in the same order as the JSON array', async () => {
    const args = [JOB, join(dir, 'clients'), ...AS_OF];
    const json = JSON.parse((await batch([...args, '-f', 'json'])).out);
    const lines = (await batch([...args, '-f', 'jsonl'])).out.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json);
  });

  it('--top keeps the best N scored rows and still reports the broken files', async () => {
    const all = JSON.parse((await batch([JOB, join(dir, 'clients'), '-f', 'json', ...AS_OF])).out);
    const top = JSON.parse((await batch([JOB, join(dir, 'clients'), '-f', 'json', '--top', '3', ...AS_OF])).out);
    expect(top).toEqual([...all.slice(0, 3), ...all.slice(12)]);
  });

  it('ranks many jobs for one resume with --resume', async () => {
    const { code, out } = await batch([
      '--resume',
      example('ml-engineer-strong.md'),
      `${ROOT}jobs`,
      '-f',
      'json',
      ...AS_OF,
    ]);
    expect(code).toBe(EXIT.ok);
    const rows = JSON.parse(out);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r: { job: string }) => r.job)).size).toBe(4);
    expect(rows[0]).toMatchObject({ rank: 1, job: expect.stringMatching(/discover-senior-lead-ml-engineer\.txt$/) });
  });

  it('reads the job from stdin with -', async () => {
    const io = memoryIO({}, 'Data Engineer\nRequirements: Python, SQL, Apache Spark and Airflow.\n');
    expect(await run(['batch', '-', join(dir, 'clients'), '-f', 'json', ...AS_OF], io)).toBe(EXIT.ok);
    const rows = JSON.parse(io.out());
    expect(rows[0]).toMatchObject({ job: '-', jobTitle: 'Data Engineer' });
  });

  it('expands glob patterns itself', async () => {
    const rows = JSON.parse((await batch([JOB, `${dir}/clients/**/*.md`, '-f', 'json', ...AS_OF])).out);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { resume: string }) => r.resume.endsWith('.md'))).toBe(true);
  });

  it('warns about a pattern or folder that gave no files, and goes on', async () => {
    const { code, err } = await batch([
      JOB,
      `${dir}/clients/*.zzz`,
      join(dir, 'none'),
      join(dir, 'clients'),
      '-q',
      ...AS_OF,
    ]);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(`fitcheck: warning: ${dir}/clients/*.zzz: the pattern matched no files\n`);
    expect(err).toContain(`fitcheck: warning: ${join(dir, 'none')}: no supported files in this folder\n`);
  });

  it('reports a broken job found in a folder as error rows and ranks the rest', async () => {
    const jobs = join(dir, 'jobs');
    mkdirSync(jobs, { recursive: true });
    writeFileSync(
      join(jobs, 'a.txt'),
      'Senior Data Scientist\nRequirements: Python, SQL and 5+ years of experience.\n',
    );
    writeFileSync(join(jobs, 'b.txt'), '');
    const { code, out } = await batch(['--resume', example('ml-engineer-strong.md'), jobs, '-f', 'json', ...AS_OF]);
    expect(code).toBe(EXIT.ok);
    const rows = JSON.parse(out);
    expect(rows.map((r: { job: string; error: string | null }) => [r.job, r.error])).toEqual([
      [join(jobs, 'a.txt'), null],
      [join(jobs, 'b.txt'), `${join(jobs, 'b.txt')}: the file is empty`],
    ]);
  });

  it('prints a ranked table that fits 80 columns, without colour off a terminal', async () => {
    const { out } = await batch([JOB, join(dir, 'clients'), ...AS_OF]);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ +# +name +resume +score +band +K-O$/);
    expect(lines[1]).toMatch(/^ +1 +\S.* +group-000\/resume-\d+\.(txt|md) +\d+ +(strong|good|partial|weak) /);
    expect(lines.at(-1)).toMatch(/^ +- +empty\.txt +error: the file is empty$/);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('draws progress on stderr only when it is a terminal', async () => {
    const tty = await batch([JOB, join(dir, 'clients'), '-f', 'json', ...AS_OF], { stderrIsTTY: true });
    expect(tty.err).toMatch(/\r\[█+\] 14\/14 +[\d.]+\/s +ETA 0s/);
    expect(tty.out).not.toMatch(/█/);
    const quiet = await batch([JOB, join(dir, 'clients'), '-f', 'json', '-q', ...AS_OF], { stderrIsTTY: true });
    expect(quiet.err).toBe(
      `Checked 14 resumes against 1 job in ${quiet.err.match(/in ([\d.]+s)/)![1]} (${quiet.err.match(/\(([\d.]+) resumes/)![1]} resumes/s); 2 resumes could not be read.\n`,
    );
  });

  it('takes gates, the date and vocabulary from a config file, and --no-config ignores it', async () => {
    const cwd = join(dir, 'with-config');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(
      join(cwd, 'fitcheck.config.json'),
      JSON.stringify({
        minScore: 100,
        asOf: '2026-11-01',
        ignore: ['Responsible AI'],
        skills: [{ name: 'Quarkflow', aliases: ['QF'] }],
      }),
    );
    const args = ['batch', JOB, join(dir, 'clients'), '-f', 'json'];
    const withCfg = memoryIO({ cwd });
    expect(await run(args, withCfg)).toBe(EXIT.gateFailed);
    expect(withCfg.err()).toMatch(/gate failed: 12 pairs scored below the minimum of 100/);
    const rows = JSON.parse(withCfg.out());
    expect(rows.flatMap((r: { missing: string[] }) => r.missing)).not.toContain('Responsible AI');
    const noCfg = memoryIO({ cwd });
    expect(await run([...args, '--no-config', ...AS_OF], noCfg)).toBe(EXIT.ok);
    expect(JSON.parse(noCfg.out()).flatMap((r: { missing: string[] }) => r.missing)).toContain('Responsible AI');
    const bad = memoryIO({ cwd });
    expect(await run([...args, '--config', join(dir, 'clients', 'notes.xyz')], bad)).toBe(EXIT.error);
    expect(bad.out()).toBe('');
  });

  it('writes the results to a file with -o and nothing to stdout', async () => {
    const out = join(dir, 'ranking.csv');
    const r = await batch([JOB, join(dir, 'clients'), '-f', 'csv', '-o', out, ...AS_OF]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^rank,resume,job/);
  });

  const exits: { name: string; args: () => string[]; code: number; err?: RegExp; out?: RegExp }[] = [
    { name: 'some files broken', args: () => [JOB, join(dir, 'clients')], code: EXIT.ok },
    {
      name: 'every file broken',
      args: () => [JOB, join(dir, 'allbad'), '-f', 'json'],
      code: EXIT.error,
      err: /2 resumes could not be read\.\nfitcheck: .*allbad: no resume could be scored\n$/,
      out: /the file is empty/,
    },
    { name: 'no resumes found', args: () => [JOB, join(dir, 'none')], code: EXIT.error, err: /no resumes found/ },
    {
      name: 'missing job file',
      args: () => ['nope-job.txt', join(dir, 'clients')],
      code: EXIT.error,
      err: /^fitcheck: nope-job\.txt: no such file\n$/,
    },
    { name: 'a job and no resumes', args: () => [JOB], code: EXIT.error, err: /give a job and at least one resume/ },
    { name: '--min-score met', args: () => [JOB, join(dir, 'clients'), '--min-score', '0'], code: EXIT.ok },
    {
      name: '--min-score missed',
      args: () => [JOB, join(dir, 'clients'), '--min-score', '100'],
      code: EXIT.gateFailed,
      err: /^fitcheck: gate failed: 12 pairs scored below the minimum of 100\n$/m,
    },
    {
      name: '--fail-under missed',
      args: () => [JOB, join(dir, 'clients'), '--fail-under', '100'],
      code: EXIT.gateFailed,
      err: /gate failed/,
    },
    {
      name: '--fail-on-knockout',
      args: () => [JOB, example('frontend-developer-junior.txt'), '--fail-on-knockout'],
      code: EXIT.gateFailed,
      err: /gate failed: 1 pair knocked out/,
    },
    {
      name: 'bad --min-score',
      args: () => [JOB, join(dir, 'clients'), '--min-score', '101'],
      code: EXIT.error,
      err: /--min-score must be a number from 0 to 100/,
    },
    {
      name: 'bad --concurrency',
      args: () => [JOB, join(dir, 'clients'), '--concurrency', '0'],
      code: EXIT.error,
      err: /--concurrency must be/,
    },
    { name: 'bad format', args: () => [JOB, join(dir, 'clients'), '-f', 'xml'], code: EXIT.error, err: /invalid/ },
    { name: 'stdin as a resume', args: () => [JOB, '-'], code: EXIT.error, err: /stdin/ },
  ];
  for (const c of exits) {
    it(`exits ${c.code} when ${c.name}`, async () => {
      const r = await batch([...c.args(), ...AS_OF]);
      expect(r.code).toBe(c.code);
      if (c.err) expect(r.err).toMatch(c.err);
      if (c.out) expect(r.out).toMatch(c.out);
      if (c.code === EXIT.error && !c.out) expect(r.out).toBe('');
    });
  }
});

describe('fitcheck batch (child process)', () => {
  it('scores a folder through the real bin and its worker threads', () => {
    const r = spawnSync(
      'node',
      [`${ROOT}bin/fitcheck.js`, 'batch', JOB, join(dir, 'clients'), '-f', 'jsonl', '--concurrency', '2', ...AS_OF],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(EXIT.ok);
    const rows = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(14);
    expect(r.stderr).toMatch(/^Checked 14 resumes against 1 job .*; 2 resumes could not be read\.\n$/);
  });
});
