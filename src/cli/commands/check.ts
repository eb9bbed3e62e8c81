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

/** Check one resume against one job and print the report. */
export async function checkCommand(resumePath: string, jobArg: string, flags: CheckFlags, io: CliIO): Promise<number> {
  const [resume, job] = await Promise.all([
    loadDocument(resumePath, { readStdin: io.readStdin, kind: 'resume' }),
    loadDocument(resolveJob(jobArg), { readStdin: io.readStdin, kind: 'job' }),
  ]);
  const result = checkDocuments(resume, job, { asOf: flags.asOf ?? io.now() });
  const color = flags.format === 'text' && useColor(flags.color, io.env, io.stdoutIsTTY);
  io.stdout(REPORTERS[flags.format](result, { color }));
  return 0;
}

/** Make the program itself the check command. */
export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .argument('<resume>', 'resume file: PDF, DOCX, text, Markdown, JSON Resume, RenderCV/YAMLResume YAML, LaTeX or HTML (- for stdin)')
    .argument('<job>', 'job posting file (same formats), or the name of a bundled job (see `fitcheck jobs`)');
  addCheckOptions(program).action(async (resume: string, job: string, raw: Record<string, unknown>) => {
    ctx.setCode(await checkCommand(resume, job, readCheckFlags(raw, ctx.argv), ctx.io));
  });
}
