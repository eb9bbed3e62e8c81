/** fitcheck as a CI step: gates and exit codes, config files, GitHub output, determinism. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MISSING_RESUME } from '../../src/cli/plan.js';
import { example } from '../helpers/paths.js';
import { makeRepo, runBin, runIn } from '../helpers/repo.js';
import { validator } from '../helpers/schema.js';
import { EXIT } from '../../src/cli/run.js';

const junior = example('frontend-developer-junior.txt');
const strong = example('ml-engineer-strong.md');
const LEAD = 'discover-senior-lead-ml-engineer';
const AS_OF = ['--as-of', '2026-11-01'];

/** The score fitcheck gives, so thresholds around it stay right when the score model changes. */
async function scoreOf(argv: string[], cwd: string): Promise<number> {
  const r = await runIn([...argv, '--format', 'json', ...AS_OF], cwd);
  return JSON.parse(r.out).score;
}

describe('exit codes (table: in-process, and through the bin where marked)', () => {
  let repo: string;
  let s: number;
  beforeAll(async () => {
    repo = makeRepo({
      'gated/fitcheck.config.json': {
        resume: '../resume.md',
        job: '../jobs/data-engineer.txt',
        minScore: 100,
        failOnKnockout: true,
        asOf: '2026-11-01',
      },
      'broken/.fitcheckrc.json': { minScore: 70, failOnKnokout: true },
      'alone/fitcheck.config.json': {
        resume: '../resume.md',
        jobs: ['../jobs/data-engineer.txt'],
        asOf: '2026-11-01',
        skills: [{ name: 'Quarkflow' }],
      },
    });
    s = await scoreOf(['resume.md', 'jobs/data-engineer.txt'], repo);
  });

  type Case = {
    name: string;
    argv: () => string[];
    dir?: string;
    code: number;
    out?: RegExp;
    err?: RegExp;
    bin?: boolean;
  };
  const cases: Case[] = [
    {
      name: 'advisory: a weak fit without a gate',
      argv: () => [junior, LEAD, ...AS_OF],
      code: EXIT.ok,
      out: /KNOCKED OUT/,
      bin: true,
    },
    {
      name: 'score at the threshold',
      argv: () => ['resume.md', 'jobs/data-engineer.txt', '--min-score', String(s), ...AS_OF],
      code: EXIT.ok,
    },
    {
      name: 'score below the threshold',
      argv: () => ['resume.md', 'jobs/data-engineer.txt', '--min-score', String(s + 1), ...AS_OF],
      code: EXIT.gateFailed,
      err: /^fitcheck: score \d+ is below the minimum of \d+\n$/,
      bin: true,
    },
    {
      name: '--fail-under is the same gate',
      argv: () => ['resume.md', 'jobs/data-engineer.txt', '--fail-under', String(s + 1), ...AS_OF],
      code: EXIT.gateFailed,
      err: /below the minimum/,
    },
    {
      name: 'knock-out gate with hits',
      argv: () => [junior, LEAD, '--fail-on-knockout', ...AS_OF],
      code: EXIT.gateFailed,
      err: /^fitcheck: \d+ knock-outs? hit: /,
      bin: true,
    },
    { name: 'knock-out gate without hits', argv: () => [strong, LEAD, '--fail-on-knockout', ...AS_OF], code: EXIT.ok },
    {
      name: 'threshold not a number',
      argv: () => ['resume.md', LEAD, '--min-score', 'high'],
      code: EXIT.error,
      err: /^fitcheck: --min-score must be a number from 0 to 100, got 'high'\n$/,
    },
    {
      name: 'threshold above 100',
      argv: () => ['resume.md', LEAD, '--fail-under', '101'],
      code: EXIT.error,
      err: /--fail-under must be a number from 0 to 100/,
    },
    {
      name: 'both threshold flags',
      argv: () => ['resume.md', LEAD, '--min-score', '1', '--fail-under', '2'],
      code: EXIT.error,
      err: /same gate/,
    },
    {
      name: 'no resume and no config',
      argv: () => [],
      code: EXIT.error,
      err: new RegExp(MISSING_RESUME.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')),
    },
    {
      name: 'a config file alone drives the check',
      argv: () => [],
      dir: 'alone',
      code: EXIT.ok,
      out: /Sam Carter\s+→\s+Senior Data Engineer/,
      bin: true,
    },
    {
      name: 'gates from the config',
      argv: () => [],
      dir: 'gated',
      code: EXIT.gateFailed,
      err: /below the minimum of 100; \d+ knock-outs? hit/,
    },
    {
      name: 'flags override the config gates',
      argv: () => ['--min-score', '0', '--no-fail-on-knockout'],
      dir: 'gated',
      code: EXIT.ok,
    },
    {
      name: 'a positional job overrides the config jobs',
      argv: () => ['../resume.md', LEAD, '--format', 'json'],
      dir: 'alone',
      code: EXIT.ok,
      out: /"title": "Senior Lead Machine Learning Engineer"/,
    },
    {
      name: 'an invalid config file',
      argv: () => ['../resume.md', LEAD],
      dir: 'broken',
      code: EXIT.error,
      err: /^fitcheck: Unable to use configuration file '\.fitcheckrc\.json': failOnKnokout: unknown key \(known: [^)]+\)\n$/,
      bin: true,
    },
    { name: '--no-config skips it', argv: () => ['../resume.md', LEAD, '--no-config'], dir: 'broken', code: EXIT.ok },
    {
      name: '--config names another file',
      argv: () => ['--config', '../gated/fitcheck.config.json', '--min-score', '0', '--no-fail-on-knockout', '-q'],
      dir: 'broken',
      code: EXIT.ok,
      out: /^\d+\/100 .*Sam Carter → Senior Data Engineer\n$/,
    },
    {
      name: '--config that does not exist',
      argv: () => ['--config', 'nope.json'],
      code: EXIT.error,
      err: /^fitcheck: Unable to use configuration file 'nope\.json': \(root\): no such file\n$/,
    },
    {
      name: 'demo takes its own options after its name',
      argv: () => ['demo', '--format', 'json', '-q', '--min-score', '0'],
      code: EXIT.ok,
      out: /^\{\n  "schemaVersion": 1,/,
      bin: true,
    },
    {
      name: '-o into a missing directory',
      argv: () => ['resume.md', LEAD, '-o', 'no/such/dir/report.json'],
      code: EXIT.error,
      err: /^fitcheck: no\/such\/dir\/report\.json: cannot write the report \(ENOENT\)\n$/,
    },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.code}`, async () => {
      const cwd = c.dir ? join(repo, c.dir) : repo;
      const runs = [await runIn(c.argv(), cwd)];
      if (c.bin) runs.push(runBin(c.argv(), cwd));
      for (const r of runs) {
        expect({ code: r.code, err: r.err }).toMatchObject({ code: c.code });
        if (c.out) expect(r.out).toMatch(c.out);
        if (c.err) expect(r.err).toMatch(c.err);
        if (c.code === 2) expect(r.out).toBe('');
        if (c.code === 0) expect(r.err).toBe('');
      }
    });
  }
});

describe('in GitHub Actions', () => {
  it('annotates the resume, appends the Markdown summary and fails the gates (real bin, no TTY)', () => {
    const repo = makeRepo({
      'fitcheck.config.json': {
        resume: 'resume.md',
        job: 'jobs/data-engineer.txt',
        asOf: '2026-11-01',
        skills: [{ name: 'Quarkflow', category: 'tool' }],
      },
    });
    const summary = join(repo, 'step-summary.md');
    writeFileSync(summary, 'Built resume.pdf\n');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, CI: 'true' };
    const json = JSON.parse(runBin(['--format', 'json'], repo, {}).out);
    const r = runBin(['--format', 'github', '--fail-on-knockout', '--min-score', String(json.score + 1)], repo, env);

    expect(r.code).toBe(EXIT.gateFailed);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    // Gate failures come first so GitHub's 10-per-step limit never hides them.
    expect(lines[0]).toMatch(/^::error title=fitcheck gate failed::score \d+ is below the minimum of \d+$/);
    const hits = json.knockouts.filter(
      (k: { status: string; evidence?: { line: number } }) => k.status === 'hit' && k.evidence,
    );
    expect(hits.length).toBeGreaterThan(0);
    for (const k of hits)
      expect(
        lines.some((l) => l.startsWith(`::error file=resume.md,line=${k.evidence.line},title=Knock-out hit::`)),
      ).toBe(true);
    expect(RESUME_LINE(repo, hits[0].evidence.line)).toMatch(/B\.Sc\./);
    expect(lines.some((l) => l.startsWith('::error file=resume.md,title=Missing required skill%3A Terraform::'))).toBe(
      true,
    );
    expect(lines.find((l) => l.includes('Missing preferred skill%3A Kafka'))).toMatch(/^::warning /);
    expect(lines.filter((l) => l.startsWith('::error')).length).toBeLessThanOrEqual(11);
    // "Must have … Terraform" is a hard requirement (issue 5), so it is a knock-out next to the degree.
    expect(r.err).toMatch(
      /^fitcheck: score \d+ is below the minimum of \d+; 2 knock-outs hit: Must: Terraform \/ No master's degree\n$/,
    );

    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('Built resume.pdf\n> ❌ **Gate failed**: score')).toBe(true);
    expect(md).toContain('## fitcheck: Sam Carter → Senior Data Engineer');
    expect(md).toMatch(/\| \*\*Total\*\* \| \*\*\d+ \/ 100\*\* \| knocked out \|/);
    expect(md).toMatch(/### Missing skills\n\n- \*\*Required\*\* \(\d+\): .*Terraform/);
    expect(md).toContain('### Suggestions');
  });

  it('writes no summary outside GitHub Actions, and only warns when the summary cannot be written', async () => {
    const repo = makeRepo();
    const summary = join(repo, 'summary.md');
    await runIn(['resume.md', 'jobs/data-engineer.txt'], repo, { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(existsSync(summary)).toBe(false);
    const r = await runIn(['resume.md', 'jobs/data-engineer.txt'], repo, {
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(repo, 'missing', 'x.md') },
    });
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toMatch(/^fitcheck: warning: could not append to the step summary/);
  });
});

const RESUME_LINE = (repo: string, line: number) => readFileSync(join(repo, 'resume.md'), 'utf8').split('\n')[line - 1];

describe('JSON output', () => {
  const strict = validator('fitcheck-result', true);
  const published = validator('fitcheck-result');

  it('validates against the published schema (closed: every field is described) for every bundled job and example', async () => {
    const repo = makeRepo();
    for (const resume of [junior, strong, join(repo, 'resume.md')]) {
      for (const job of [
        LEAD,
        'discover-senior-manager-machine-learning',
        'senior-lead-ml-engineer-role-overview',
        'senior-ml-engineer-job-profile',
        'jobs/data-engineer.txt',
      ]) {
        const r = await runIn([resume, job, '--format', 'json', ...AS_OF], repo);
        const value = JSON.parse(r.out);
        expect(strict(value), JSON.stringify(strict.errors)).toBe(true);
        expect(published(value)).toBe(true);
      }
    }
  });

  it('is an array of results, one per config job, and the exit code is the worst', async () => {
    const repo = makeRepo({
      'fitcheck.config.json': {
        resume: 'resume.md',
        jobs: ['jobs/data-engineer.txt', LEAD],
        failOnKnockout: true,
        asOf: '2026-11-01',
      },
    });
    const r = await runIn(['--format', 'json'], repo);
    const value = JSON.parse(r.out);
    expect(Array.isArray(value) && value.length).toBe(2);
    expect(strict(value), JSON.stringify(strict.errors)).toBe(true);
    expect(value.map((x: { job: { path: string } }) => x.job.path)[0]).toBe('jobs/data-engineer.txt');
    expect(value.some((x: { knockedOut: boolean }) => x.knockedOut)).toBe(true);
    expect(r.code).toBe(EXIT.gateFailed);
    expect(r.err).toMatch(/for 'Senior Data Engineer'/);
  });

  it('is byte-identical for the same inputs with --as-of or the config date, whatever today is', async () => {
    const repo = makeRepo({
      'fitcheck.config.json': { resume: 'resume.md', job: 'jobs/data-engineer.txt', asOf: '2025-06-30' },
    });
    const argv = ['resume.md', 'jobs/data-engineer.txt', '--format', 'json', '--as-of', '2026-11-01', '--no-config'];
    const a = await runIn(argv, repo, { now: () => new Date('2030-01-01T00:00:00Z') });
    const b = await runIn(argv, repo, { now: () => new Date('2027-05-05T12:00:00Z') });
    expect(a.out).toBe(b.out);
    expect(runBin(argv, repo).out).toBe(a.out);
    const c1 = await runIn(['--format', 'json'], repo, { now: () => new Date('2031-01-01T00:00:00Z') });
    const c2 = await runIn(['--format', 'json'], repo);
    expect(c1.out).toBe(c2.out);
    expect(JSON.parse(c1.out).asOf).toBe('2025-06-30');
  });
});

describe('config vocabulary and weights', () => {
  it('adds skills and aliases, ignores skills and reweights the score', async () => {
    const base = makeRepo();
    const before = JSON.parse(
      (await runIn(['resume.md', 'jobs/data-engineer.txt', '--format', 'json', ...AS_OF], base)).out,
    );
    expect(before.job.skills.map((x: { skill: string }) => x.skill)).not.toContain('Quarkflow');

    const repo = makeRepo({
      'fitcheck.config.json': {
        resume: 'resume.md',
        job: 'jobs/data-engineer.txt',
        asOf: '2026-11-01',
        skills: [{ name: 'Quarkflow', category: 'tool' }],
        aliases: { Quarkflow: ['QF'] },
        ignore: ['Terraform'],
        weights: { requiredSkills: 60, preferredSkills: 5 },
      },
    });
    const after = JSON.parse((await runIn(['--format', 'json'], repo)).out);
    const jobSkills = after.job.skills.map((x: { skill: string }) => x.skill);
    expect(jobSkills).toContain('Quarkflow');
    expect(jobSkills).not.toContain('Terraform');
    expect(after.skills.matched.find((x: { skill: string }) => x.skill === 'Quarkflow').evidence[0].line).toBe(7);
    expect(after.components.map((c: { weight: number }) => c.weight)).toEqual([60, 5, 20, 10, 5]);
  });
});

describe('output options', () => {
  it('-o writes the report through a temporary file and prints nothing on stdout', async () => {
    const repo = makeRepo();
    const argv = ['resume.md', 'jobs/data-engineer.txt', '--format', 'markdown', ...AS_OF];
    const shown = await runIn(argv, repo);
    const r = await runIn([...argv, '-o', 'report.md'], repo);
    expect(r.out).toBe('');
    expect(r.err).toBe('fitcheck: wrote the markdown report to report.md\n');
    expect(readFileSync(join(repo, 'report.md'), 'utf8')).toBe(shown.out);
    expect(readdirSync(repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('-o leaves nothing behind when the file cannot be replaced', async () => {
    const repo = makeRepo({ 'taken/keep.txt': 'x' });
    const r = await runIn(['resume.md', 'jobs/data-engineer.txt', '-o', 'taken'], repo);
    expect(r.code).toBe(EXIT.error);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^fitcheck: taken: cannot write the report \(E[A-Z]+\)\n$/);
    expect(readdirSync(repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(repo, 'taken'))).toEqual(['keep.txt']);
  });

  it('--quiet prints the result line, or only the machine format', async () => {
    const repo = makeRepo();
    const text = await runIn(['resume.md', 'jobs/data-engineer.txt', '-q'], repo);
    expect(text.out).toMatch(/^\d+\/100 knocked out \(2 knock-outs hit\): Sam Carter → Senior Data Engineer\n$/);
    const json = await runIn(['resume.md', 'jobs/data-engineer.txt', '-q', '--format', 'json', '-o', 'r.json'], repo);
    expect(json.out + json.err).toBe('');
  });

  it('--verbose adds timings on stderr', async () => {
    const repo = makeRepo();
    const r = await runIn(['resume.md', 'jobs/data-engineer.txt', '--verbose'], repo);
    expect(r.err).toMatch(/^fitcheck: timings: config [\d.]+ ms, load [\d.]+ ms, check [\d.]+ ms, report [\d.]+ ms\n$/);
  });
});
