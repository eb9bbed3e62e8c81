// Times the posting and resume readers (issue 5) on large and hostile inputs: `npm run build && node bench/reading.mjs`.
// Each case must stay roughly linear in the input size; a regex that backtracks shows up here as seconds.
import { readFileSync } from 'node:fs';
import { analyzeJob } from '../dist/analyze/job.js';
import { analyzeResume } from '../dist/analyze/resume.js';

const root = new URL('../', import.meta.url);
const job = readFileSync(new URL('jobs/discover-senior-lead-ml-engineer.txt', root), 'utf8');
const resume = readFileSync(new URL('test/fixtures/resumes/odd-dates-overlap.txt', root), 'utf8');
const asOf = new Date('2026-11-01T00:00:00Z');
const doc = (text) => ({ path: 'bench', format: 'text', text, warnings: [] });

const cases = [
  ['seed posting ×200', () => analyzeJob(doc(Array(200).fill(job).join('\n')))],
  ['resume ×200', () => analyzeResume(doc(Array(200).fill(resume).join('\n')), asOf)],
  ['one 200 kB line of alternatives', () => analyzeJob(doc('Python, Scala, or Java and AWS like GCP '.repeat(5000)))],
  [
    'one 500 kB glued word (job + resume)',
    () => {
      const t = 'experienceWithPythonScala'.repeat(20000);
      analyzeJob(doc(t));
      analyzeResume(doc(t), asOf);
    },
  ],
  [
    '100 kB of spaces in a line (resume)',
    () => analyzeResume(doc(`managed ${' '.repeat(100000)}x\nled ${'a '.repeat(50000)}`), asOf),
  ],
];
for (const [name, fn] of cases) {
  const t = performance.now();
  fn();
  console.log(`${name.padEnd(40)} ${(performance.now() - t).toFixed(0).padStart(6)} ms`);
}
