/** A throwaway "resume repository" in a temp dir: a resume, a posting with knock-outs, and room for config files. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './io.js';
import { ROOT } from './paths.js';

export const BIN = `${ROOT}bin/fitcheck.js`;

export const RESUME = `# Sam Carter
sam@example.com

## Experience
### Data Engineer, Acme Corp (2019 - Present)
- Built data pipelines in Python and SQL serving 40 teams
- Ran batch jobs on Kubernetes and scheduled them with Quarkflow

## Education
B.Sc. in Computer Science, State University, 2018
`;

export const JOB = `Senior Data Engineer

Requirements
- 5+ years of experience building data pipelines with Python and SQL
- Must have hands-on Kubernetes and Terraform experience
- Experience with Quarkflow is required
- Master's degree in Computer Science required

Nice to have
- Experience with Kafka is a plus

Disqualifiers
- No master's degree
- Less than 5 years of experience
`;

/** Make a repository; `files` adds or overrides files (objects are written as JSON). */
export function makeRepo(files: Record<string, string | object> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fitcheck-repo-'));
  const all: Record<string, string | object> = { 'resume.md': RESUME, 'jobs/data-engineer.txt': JOB, ...files };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** Run in-process in `cwd`. */
export async function runIn(argv: string[], cwd: string, overrides: Partial<CliIO> = {}) {
  const io = memoryIO({ cwd, ...overrides });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** Run the real bin in `cwd` as a CI job would: pipes (no TTY), the given environment, no inherited GitHub variables. */
export function runBin(argv: string[], cwd: string, env: Record<string, string> = {}) {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(GITHUB_|NO_COLOR|FORCE_COLOR)/.test(k)),
  );
  const r = spawnSync('node', [BIN, ...argv], { cwd, encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
