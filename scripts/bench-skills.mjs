#!/usr/bin/env node
// Measures (after `npm run build`): taxonomy load in a fresh process, skill extraction on a two-page resume, CLI start-up.
// Usage: node scripts/bench-skills.mjs [resume-file...]   (files are joined into one document; BENCH_RUNS=15)
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FILES = process.argv.slice(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

// The resume: the given files joined, or the two bundled examples one after the other.
const text = (
  FILES.length ? FILES : [`${ROOT}examples/ml-engineer-strong.md`, `${ROOT}examples/frontend-developer-junior.txt`]
)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

const probe = `
const t0 = performance.now();
const { defaultTaxonomy } = await import('${ROOT}dist/taxonomy/taxonomy.js');
const { extractSkills } = await import('${ROOT}dist/analyze/text/skills.js');
const t1 = performance.now();
const tax = defaultTaxonomy();
const t2 = performance.now();
const lines = ${JSON.stringify(text)}.split('\\n');
const hits = extractSkills(lines, tax);
const t3 = performance.now();
const warm = [];
for (let i = 0; i < 30; i++) { const s = performance.now(); extractSkills(lines, tax); warm.push(performance.now() - s); }
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ imports: t1 - t0, load: t2 - t1, cold: t3 - t2, warm: warm[15], skills: hits.length, lines: lines.length }));
`;
const rows = Array.from({ length: RUNS }, () =>
  JSON.parse(execFileSync('node', ['--input-type=module', '-e', probe], { encoding: 'utf8' })),
);
const pick = (k) => median(rows.map((r) => r[k]));
console.log(`taxonomy: ${JSON.parse(readFileSync(`${ROOT}dist/taxonomy.json`, 'utf8')).skills.length} skills`);
console.log(
  `taxonomy load in a fresh process (median of ${RUNS}): ${ms(pick('load'))}  (module imports ${ms(pick('imports'))})`,
);
console.log(
  `skill extraction, ${rows[0].lines} lines / ${text.split(/\s+/).length} words, ${rows[0].skills} skills: first call ${ms(pick('cold'))}, warm ${ms(pick('warm'))}`,
);

const wall = (args) => {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    spawnSync('node', args, { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - s);
  }
  return median(times);
};
const base = wall(['-e', '0']);
const check = wall(['bin/fitcheck.js', 'examples/ml-engineer-strong.md', 'discover-senior-lead-ml-engineer']);
console.log(
  `start-up (median of ${RUNS}): node -e 0 ${ms(base)}; fitcheck examples/ml-engineer-strong.md discover-senior-lead-ml-engineer ${ms(check)}`,
);
