import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXIT, run } from '../../src/cli/run.js';
import { memoryIO } from '../helpers/io.js';
import { example, ROOT } from '../helpers/paths.js';

const strong = example('ml-engineer-strong.md');
const BIN = `${ROOT}bin/fitcheck.js`;

describe('fitcheck CLI (in-process)', () => {
  const cases: { name: string; argv: string[]; code: number; out?: RegExp; err?: RegExp }[] = [
    { name: 'text report', argv: [strong, 'discover-senior-lead-ml-engineer'], code: EXIT.ok, out: /Score +\d+\/100/ },
    {
      name: 'missing file',
      argv: ['nope.txt', 'discover-senior-lead-ml-engineer'],
      code: EXIT.error,
      err: /^fitcheck: nope\.txt: no such file\n$/,
    },
    { name: 'a directory', argv: [ROOT, 'discover-senior-lead-ml-engineer'], code: EXIT.error, err: /is a directory/ },
    { name: 'unknown option', argv: ['--bogus'], code: EXIT.error, err: /unknown option '--bogus'/ },
    { name: 'missing arguments', argv: [], code: EXIT.error, err: /missing required argument/ },
    {
      name: 'bad --as-of',
      argv: [strong, 'discover-senior-lead-ml-engineer', '--as-of', '2026-13-01'],
      code: EXIT.error,
      err: /--as-of must be a date/,
    },
    {
      name: 'bad format',
      argv: [strong, 'discover-senior-lead-ml-engineer', '--format', 'xml'],
      code: EXIT.error,
      err: /invalid/,
    },
    {
      name: 'jobs list',
      argv: ['jobs'],
      code: EXIT.ok,
      out: /discover-senior-manager-machine-learning +Senior Manager, Machine Learning/,
    },
    { name: 'demo', argv: ['demo'], code: EXIT.ok, out: /Priya Raman/, err: /fitcheck my-resume/ },
    { name: 'help', argv: ['--help'], code: EXIT.ok, out: /Usage: fitcheck/ },
  ];
  for (const c of cases) {
    it(`${c.name} exits ${c.code}`, async () => {
      const io = memoryIO();
      expect(await run(c.argv, io)).toBe(c.code);
      if (c.out) expect(io.out()).toMatch(c.out);
      if (c.err) expect(io.err()).toMatch(c.err);
      if (c.code === 2) expect(io.out()).toBe('');
    });
  }

  it('prints the schema-1 JSON shape', async () => {
    const io = memoryIO();
    await run([strong, 'discover-senior-lead-ml-engineer', '--format', 'json', '--as-of', '2026-11-01'], io);
    const r = JSON.parse(io.out());
    expect(r).toMatchObject({ schemaVersion: 1, knockedOut: false, resume: { format: 'markdown', warnings: [] } });
    expect(Number.isInteger(r.score)).toBe(true);
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining([
        'score',
        'verdict',
        'knockedOut',
        'knockouts',
        'skills',
        'experience',
        'seniority',
        'education',
        'suggestions',
        'resume',
        'job',
      ]),
    );
    const m = r.skills.matched[0];
    expect(m.evidence[0]).toEqual({ line: expect.any(Number), text: expect.any(String), match: expect.any(String) });
    expect(r.job.skills[0]).toEqual({
      skill: expect.any(String),
      required: expect.any(Boolean),
      mentions: expect.any(Number),
      section: expect.stringMatching(/^(?:required|preferred|responsibilities|other)$/),
    });
  });

  it('reads the resume from stdin with -', async () => {
    const io = memoryIO({}, 'Ana Diaz\nana@example.com\nPython and AWS\n');
    expect(await run(['-', 'discover-senior-lead-ml-engineer', '--format', 'json'], io)).toBe(EXIT.ok);
    expect(JSON.parse(io.out()).skills.matched.map((s: { skill: string }) => s.skill)).toContain('Python');
  });

  it('colours only when asked or on a TTY, and honours NO_COLOR', async () => {
    const argv = [strong, 'discover-senior-lead-ml-engineer'];
    const plain = memoryIO({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await run(argv, plain);
    expect(plain.out()).not.toMatch(/\x1b\[/);
    const tty = memoryIO({ stdoutIsTTY: true });
    await run(argv, tty);
    expect(tty.out()).toMatch(/\x1b\[/);
    const forced = memoryIO({ env: { NO_COLOR: '1' } });
    await run([...argv, '--color'], forced);
    expect(forced.out()).toMatch(/\x1b\[/);
  });
});

describe('fitcheck bin (child process)', () => {
  it('runs the demo', () => {
    const out = execFileSync('node', [BIN, 'demo', '--as-of', '2026-11-01'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/STRONG FIT/);
  });
  it('exits 2 with one line and no stack on bad input', () => {
    const r = spawnSync('node', [BIN, 'missing.txt', 'discover-senior-lead-ml-engineer'], { encoding: 'utf8' });
    expect(r.status).toBe(EXIT.error);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
