// Privacy, verified: the real bin runs with a preload that forbids every network call and traces every
// file-system call, from a temporary working directory that holds a .env and other files it must not touch.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, job, ROOT } from '../helpers/paths.js';
import { makeDocx, makePdf } from '../fuzz/documents.js';
import { jsonResume, YAML_RESUME } from '../fuzz/seeds.js';
import { EXIT } from '../../src/cli/run.js';

const PRELOAD = join(ROOT, 'test/privacy/no-network.mjs');
const BIN = join(ROOT, 'bin/fitcheck.js');
/**
 * System files a dependency reads about the machine, never about the user: pdf.js's optional canvas
 * binding (@napi-rs/canvas, via detect-libc) reads /usr/bin/ldd to pick its native build.
 */
const SYSTEM_PROBES = new Set(['/usr/bin/ldd']);
/** Files fitcheck looks for in the working directory as its own config. */
const CONFIG_NAMES = ['fitcheck.config.json', '.fitcheckrc.json', '.fitcheckrc', 'package.json'];

let base: string;
let cwd: string;
let home: string;
let inputs: Record<string, string>;

/** Every file under `dir` with a hash of its content and its mtime: what "unchanged" means. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${statSync(p).mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

/** Run the bin under the preload; returns its outcome and the traced calls. */
function traced(args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
  net: string[];
  fs: { op: string; path: string }[];
} {
  const trace = join(base, `trace-${Math.random().toString(36).slice(2)}.log`);
  const r = spawnSync(process.execPath, ['--import', PRELOAD, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000, // only a hang reaches it: a run takes under a second
    env: { PATH: process.env.PATH, HOME: home, FITCHECK_TRACE: trace, NO_COLOR: '1' },
  });
  const lines = (() => {
    try {
      return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  })();
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    net: lines.filter((l) => l.startsWith('net ')),
    fs: lines
      .filter((l) => l.startsWith('fs '))
      .map((l) => ({ op: l.split(' ')[1], path: l.split(' ').slice(2).join(' ') })),
  };
}

/** Paths the run touched that are neither fitcheck's own files, nor the given inputs, nor config look-ups. */
function strayPaths(calls: { path: string }[], given: string[]): string[] {
  const allowed = new Set([...given.map((g) => resolve(cwd, g)), ...CONFIG_NAMES.map((n) => join(cwd, n))]);
  const own = ROOT.replace(/\/$/, '');
  return calls
    .map((c) => c.path)
    .filter((p) => !allowed.has(p) && !SYSTEM_PROBES.has(p) && p !== own && !p.startsWith(`${own}/`));
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'fitcheck-privacy-'));
  cwd = join(base, 'work');
  home = join(base, 'home');
  mkdirSync(cwd);
  mkdirSync(home);
  writeFileSync(join(cwd, '.env'), 'OPENAI_API_KEY=sk-do-not-read\n');
  writeFileSync(join(home, '.env'), 'SECRET=do-not-read\n');
  writeFileSync(join(cwd, 'other-resume.txt'), 'Not given to fitcheck.\n');
  mkdirSync(join(cwd, 'private'));
  writeFileSync(join(cwd, 'private', 'notes.md'), '# private\n');
  copyFileSync(job('discover-senior-lead-ml-engineer'), join(cwd, 'job.txt'));
  copyFileSync(example('frontend-developer-junior.txt'), join(cwd, 'resume.txt'));
  copyFileSync(example('ml-engineer-strong.md'), join(cwd, 'resume.md'));
  writeFileSync(join(cwd, 'resume.json'), JSON.stringify(jsonResume(), null, 2));
  writeFileSync(join(cwd, 'resume.yaml'), YAML_RESUME);
  const text = readFileSync(example('ml-engineer-strong.md'), 'utf8');
  writeFileSync(join(cwd, 'resume.pdf'), await makePdf(text));
  writeFileSync(join(cwd, 'resume.docx'), await makeDocx(text));
  inputs = {
    txt: 'resume.txt',
    md: 'resume.md',
    json: 'resume.json',
    yaml: 'resume.yaml',
    pdf: 'resume.pdf',
    docx: 'resume.docx',
  };
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('privacy: the preload itself', () => {
  it('catches network calls and traces file reads (so the checks below can fail)', () => {
    writeFileSync(
      join(cwd, 'probe.mjs'),
      "import { readFileSync } from 'node:fs';\ntry { readFileSync('.env'); } catch {}\ntry { await fetch('http://127.0.0.1:9/'); } catch {}\ntry { (await import('node:dns')).lookup('localhost', () => {}); } catch {}\n",
    );
    const trace = join(base, 'probe.log');
    spawnSync(process.execPath, ['--import', PRELOAD, 'probe.mjs'], {
      cwd,
      env: { PATH: process.env.PATH, FITCHECK_TRACE: trace },
    });
    rmSync(join(cwd, 'probe.mjs'));
    const log = readFileSync(trace, 'utf8');
    expect(log).toContain(`fs readFile ${join(cwd, '.env')}`);
    expect(log).toContain('net fetch');
    expect(log).toContain('net dns.lookup');
  });
});

describe('privacy: fitcheck on every supported format', () => {
  for (const format of ['txt', 'md', 'json', 'yaml', 'pdf', 'docx']) {
    it(`${format}: no network, reads only what it was given and its own files, writes nothing`, () => {
      const resume = inputs[format];
      expect(resume, `a ${format} fixture`).toBeDefined();
      const before = snapshot(cwd);
      const r = traced([resume, 'job.txt', '--format', 'json', '--as-of', '2026-11-01']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(EXIT.ok);
      expect(JSON.parse(r.stdout).resume.path).toBe(resume);
      expect(r.net).toEqual([]);
      expect(r.fs.some((c) => c.path === join(cwd, resume))).toBe(true); // the trace does see the input
      expect(strayPaths(r.fs, [resume, 'job.txt'])).toEqual([]);
      expect(r.fs.filter((c) => c.op.startsWith('write:'))).toEqual([]);
      expect(snapshot(cwd)).toEqual(before);
    });
  }

  it('a bundled job by name, and the demo, touch only fitcheck’s own files', () => {
    for (const args of [
      ['resume.md', 'discover-senior-lead-ml-engineer', '--as-of', '2026-11-01'],
      ['demo', '--as-of', '2026-11-01'],
      ['jobs'],
    ]) {
      const before = snapshot(cwd);
      const r = traced(args);
      expect(r.status, r.stderr).toBe(EXIT.ok);
      expect(r.net).toEqual([]);
      expect(strayPaths(r.fs, args.slice(0, 2))).toEqual([]); // a job name is first tried as a path, as given
      expect(r.fs.filter((c) => c.op.startsWith('write:'))).toEqual([]);
      expect(snapshot(cwd)).toEqual(before);
    }
  });

  it('with -o, writes the report file and nothing else', () => {
    const before = snapshot(cwd);
    const r = traced(['resume.md', 'job.txt', '--format', 'json', '--as-of', '2026-11-01', '-o', 'report.json']);
    expect(r.status, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(r.net).toEqual([]);
    const after = snapshot(cwd);
    const report = join(cwd, 'report.json');
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), report].sort());
    for (const [p, h] of Object.entries(before)) expect(after[p]).toBe(h);
    // Writes go only to the report (through a temporary file beside it, renamed into place).
    for (const w of r.fs.filter((c) => c.op.startsWith('write:')))
      expect(w.path.startsWith(`${cwd}/`) && /report\.json/.test(w.path)).toBe(true);
    expect(JSON.parse(readFileSync(report, 'utf8')).schemaVersion).toBe(1);
    rmSync(report);
  });
});
