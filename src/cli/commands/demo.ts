/** `fitcheck demo`: a bundled resume against a bundled job, then how to run on one's own files. */
import type { Command } from 'commander';
import { join } from 'node:path';
import { EXAMPLES_DIR, JOBS_DIR } from '../../paths.js';
import type { CliContext } from '../context.js';
import { addCheckOptions, readCheckFlags } from '../options.js';
import { checkCommand } from './check.js';

/** Bundled resume and job the demo runs. */
export const DEMO = { resume: 'ml-engineer-strong.md', job: 'discover-senior-lead-ml-engineer' };

export function registerDemo(program: Command, ctx: CliContext): void {
  const cmd = program.command('demo').description('run a bundled sample resume against a bundled job');
  addCheckOptions(cmd).action(async (raw: Record<string, unknown>) => {
    const flags = readCheckFlags(raw, ctx.argv);
    // The bundled job by path, not by name: a name is first tried as a file in the user's directory.
    const code = await checkCommand(join(EXAMPLES_DIR, DEMO.resume), join(JOBS_DIR, `${DEMO.job}.txt`), flags, ctx.io);
    if (!flags.quiet) {
      ctx.io.stderr(
        `\nThat was examples/${DEMO.resume} against the bundled job '${DEMO.job}'.\n` +
          'Check your own resume (PDF, DOCX, text, Markdown, JSON Resume, YAML):\n' +
          '  fitcheck my-resume.pdf job-posting.txt\n' +
          'Or against a bundled job (`fitcheck jobs` lists them):\n' +
          `  fitcheck my-resume.pdf ${DEMO.job}\n`,
      );
    }
    ctx.setCode(code);
  });
}
