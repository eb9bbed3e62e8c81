/** `fitcheck <resume> <job>`: the default command. */
import type { Command } from 'commander';
import { checkDocuments } from '../../check.js';
import { loadDocument } from '../../load/index.js';
import { REPORTERS } from '../../report/index.js';
import { resolveJob } from '../bundled.js';
import { useColor } from '../color.js';
import type { CliContext } from '../context.js';
import type { CliIO } from '../io.js';
import { addCheckOptions, readCheckFlags, type CheckFlags } from '../options.js';
import { wantsSpinner, withSpinner } from '../spinner.js';

/** Check one resume against one job and print the report. */
export async function checkCommand(resumePath: string, jobArg: string, flags: CheckFlags, io: CliIO): Promise<number> {
  const load = { readStdin: io.readStdin };
  const jobPath = resolveJob(jobArg);
  const spin = wantsSpinner([resumePath, jobPath], io, flags.quiet);
  const [resume, job] = await withSpinner(spin, `Reading ${[resumePath, jobPath].filter((p) => /\.(pdf|docx?)$/i.test(p)).join(' and ')}…`, io, () =>
    Promise.all([loadDocument(resumePath, load), loadDocument(jobPath, load)]),
  );
  const result = checkDocuments(resume, job, { asOf: flags.asOf ?? io.now() });
  const color = flags.format === 'text' && useColor(flags.color, io.env, io.stdoutIsTTY);
  io.stdout(REPORTERS[flags.format](result, { color, details: flags.details }));
  return 0;
}

/** Make the program itself the check command. */
export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .argument('<resume>', 'resume file (text or Markdown; - for stdin)')
    .argument('<job>', 'job posting file, or the name of a bundled job (see `fitcheck jobs`)');
  addCheckOptions(program).action(async (resume: string, job: string, raw: Record<string, unknown>) => {
    ctx.setCode(await checkCommand(resume, job, readCheckFlags(raw, ctx.argv), ctx.io));
  });
}
