// Reads every resume under a folder with the built analyzers and prints one JSON line per file: name,
// years, seniority, education, roles and the score against each posting (bundled jobs + any given).
// Usage: npm run build && node scripts/survey-resumes.mjs <resume-folder> [job-file…] [--roles]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../dist/load/index.js';
import { analyzeResume } from '../dist/analyze/resume.js';
import { analyzeJob } from '../dist/analyze/job.js';
import { compareProfiles } from '../dist/check.js';

const args = process.argv.slice(2);
const showRoles = args.includes('--roles');
const [folder, ...extraJobs] = args.filter((a) => a !== '--roles');
if (!folder) {
  console.error('usage: node scripts/survey-resumes.mjs <resume-folder> [job-file…] [--roles]');
  process.exit(2);
}
const asOf = new Date('2026-11-01T00:00:00Z');
const RESUME = /\.(pdf|docx|txt|md|tex|json|ya?ml|html?)$/i;
// Schemas, licences and job samples that sit beside resumes in public collections are not resumes.
const NOT_RESUME = /LICENSE|README|schema\.json$|job-schema|sample\.job|\/json\//;
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (RESUME.test(p) && !NOT_RESUME.test(p)) files.push(p);
  }
};
walk(folder);
const jobsDir = new URL('../jobs/', import.meta.url).pathname;
const jobPaths = [
  ...readdirSync(jobsDir)
    .sort()
    .map((f) => join(jobsDir, f)),
  ...extraJobs,
];
const jobs = [];
for (const p of jobPaths) jobs.push(analyzeJob(await loadDocument(p)));
console.log(JSON.stringify({ jobs: jobs.map((j) => j.title) }));
for (const f of files) {
  try {
    const r = analyzeResume(await loadDocument(f, { kind: 'resume' }), asOf);
    const line = {
      file: f.slice(folder.length).replace(/^\//, ''),
      name: r.name,
      years: r.experience.candidateYears,
      seniority: r.seniority.candidate,
      education: r.education.candidate,
      roles: r.roles.length,
      scores: jobs.map((j) => compareProfiles(r, j, { asOf }).score),
    };
    if (showRoles) line.roleList = r.roles.map((x) => [x.title, x.employer, x.start, x.end, x.internship]);
    console.log(JSON.stringify(line));
  } catch (e) {
    console.log(JSON.stringify({ file: f, error: e.message }));
  }
}
