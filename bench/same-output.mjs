#!/usr/bin/env node
// Checks that this build's JSON output is byte-identical to another build's (e.g. main before a speed-up):
//   node bench/same-output.mjs --baseline DIR    (DIR: a built fitcheck checkout, e.g. a worktree of main after npm ci)
// Compares, through each build's bin with --format json and a fixed --as-of:
//   - a single check of every bundled job against the example resumes and, when the shared data is present (bench/shared.mjs),
//     a text, a DOCX and a PDF resume from it;
//   - `fitcheck batch` of every bundled job over every resume file in shared/data/resumes, on two workers
//     (the worker bundle), and for the first job also on one thread (the CLI bundle).
// Prints one line per difference and a summary; exits 1 when anything differs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from './shared.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHARED = resolve(sharedDir() ?? '/nonexistent', 'data/resumes');
const AS_OF = '2026-11-01';

/** A text, a DOCX and a PDF resume from the shared real documents (the three named by issue 21). */
export const REAL_SINGLES = [
  'soupboss/sample_resume.txt',
  'soupboss/01-Accountant.docx',
  'resume-matcher/resumes/barry_allen_fe.pdf',
];

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter(
      (f) => statSync(f).isFile() && /\.(pdf|docx|txt|md|json|ya?ml|tex)$/i.test(f) && !/(README|LICENSE)/i.test(f),
    )
    .sort();
}

function runBin(root, args) {
  const r = spawnSync(process.execPath, [join(root, 'bin/fitcheck.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Compare the two builds on every case; returns {cases, differences: string[]}. */
export function compareBuilds(baseline, { log = () => {} } = {}) {
  const jobs = readdirSync(join(ROOT, 'jobs'))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => f.replace(/\.(txt|md)$/, ''))
    .sort();
  const singles = [
    ...readdirSync(join(ROOT, 'examples'))
      .sort()
      .map((f) => join(ROOT, 'examples', f)),
    ...REAL_SINGLES.map((f) => join(SHARED, f)).filter(existsSync),
  ];
  const cases = [];
  for (const job of jobs) for (const resume of singles) cases.push([resume, job, '-f', 'json', '--as-of', AS_OF]);
  if (files(SHARED).length) {
    for (const [i, job] of jobs.entries())
      for (const c of i === 0 ? ['1', '2'] : ['2'])
        cases.push(['batch', job, SHARED, '-f', 'json', '--as-of', AS_OF, '--concurrency', c, '-q']);
  }
  const differences = [];
  for (const args of cases) {
    const [a, b] = [runBin(ROOT, args), runBin(baseline, args)];
    const name = args
      .slice(0, 3)
      .map((s) => s.replace(ROOT, '').replace(SHARED, 'shared'))
      .join(' ');
    const before = differences.length;
    if (a.code !== b.code) differences.push(`${name}: exit ${a.code} here, ${b.code} in the baseline`);
    else if (a.stdout !== b.stdout)
      differences.push(`${name}: JSON differs (${a.stdout.length} vs ${b.stdout.length} bytes)`);
    else if (!a.stdout.trim())
      differences.push(`${name}: no output (exit ${a.code}: ${a.stderr.trim().split('\n')[0]})`);
    log(`${differences.length > before ? '✖' : '✓'} ${name}`);
  }
  return {
    cases: cases.length,
    singles: singles.map((s) => s.replace(ROOT, '').replace(SHARED, 'shared')),
    batchFiles: files(SHARED).length,
    differences,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--baseline');
  const baseline = i > 0 ? resolve(process.argv[i + 1]) : null;
  if (!baseline || !existsSync(join(baseline, 'bin/fitcheck.js'))) {
    console.error(
      'usage: node bench/same-output.mjs --baseline DIR   (DIR: a built fitcheck checkout to compare with)',
    );
    process.exit(2);
  }
  const r = compareBuilds(baseline, { log: (l) => process.stderr.write(l + '\n') });
  for (const d of r.differences) console.log(`DIFF ${d}`);
  console.log(
    `${r.cases} cases (single checks of ${r.singles.join(', ')}; batch over ${r.batchFiles} shared resumes), ${r.differences.length} differ`,
  );
  process.exit(r.differences.length ? 1 : 0);
}
