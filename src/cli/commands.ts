/** What each CLI command does, given validated flags. */
import { join } from 'node:path';
import { checkDocuments } from '../check.js';
import { loadDocument } from '../load/index.js';
import { REPORTERS } from '../report/index.js';
import { bundledJobs, EXAMPLES_DIR, resolveJob } from './bundled.js';
import { useColor } from './color.js';
import type { CliIO } from './io.js';
import type { CheckFlags } from './options.js';

/** Bundled resume and job the demo runs. */
export const DEMO = { resume: 'ml-engineer-strong.md', job: 'discover-senior-lead-ml-engineer' };

/** Check one resume against one job and print the report. */
export async function checkCommand(resumePath: string, jobArg: string, flags: CheckFlags, io: CliIO): Promise<number> {
  const load = { readStdin: io.readStdin };
  const [resume, job] = await Promise.all([loadDocument(resumePath, load), loadDocument(resolveJob(jobArg), load)]);
  const result = checkDocuments(resume, job, { asOf: flags.asOf ?? io.now() });
  const color = flags.format === 'text' && useColor(flags.color, io.env, io.stdoutIsTTY);
  io.stdout(REPORTERS[flags.format](result, { color }));
  return 0;
}

/** Run the bundled example and say how to run on one's own files. */
export async function demoCommand(flags: CheckFlags, io: CliIO): Promise<number> {
  const code = await checkCommand(join(EXAMPLES_DIR, DEMO.resume), DEMO.job, flags, io);
  if (!flags.quiet) {
    io.stderr(
      `\nThat was examples/${DEMO.resume} against the bundled job '${DEMO.job}'.\n` +
        'Check your own resume:  fitcheck my-resume.txt job-posting.txt\n' +
        'Or against a bundled job (list them with `fitcheck jobs`):  fitcheck my-resume.txt ' + DEMO.job + '\n',
    );
  }
  return code;
}

/** List the bundled jobs. */
export function jobsCommand(io: CliIO): number {
  const jobs = bundledJobs();
  const width = Math.max(...jobs.map((j) => j.name.length));
  for (const j of jobs) io.stdout(`${j.name.padEnd(width)}  ${j.title}\n`);
  return 0;
}
