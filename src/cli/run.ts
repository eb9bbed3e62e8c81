/** The CLI: builds the commander program from registered commands, runs it, maps errors to exit codes. */
import { Command, CommanderError } from 'commander';
import { FitcheckError } from '../errors.js';
import { registerBatch } from './commands/batch.js';
import { registerCheck } from './commands/check.js';
import { registerDemo } from './commands/demo.js';
import { registerDiff } from './commands/diff.js';
import { registerInspect } from './commands/inspect.js';
import { registerJobs } from './commands/jobs.js';
import type { CliContext } from './context.js';
import type { CliIO } from './io.js';

export type { CliIO } from './io.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, gateFailed: 1, error: 2 } as const;

const VERSION = '0.1.0';

/** The end of the main `--help`: examples and exit codes. */
export const MAIN_HELP_AFTER = `
Examples:
  fitcheck demo                                   a bundled resume against a bundled job
  fitcheck my-resume.pdf posting.txt              check a resume against a posting
  fitcheck my-resume.md discover-senior-lead-ml-engineer --details
  fitcheck my-resume.pdf posting.txt -f html -o report.html
  pbpaste | fitcheck my-resume.pdf -              the posting from standard input
  fitcheck cv.pdf posting.txt --min-score 70 --fail-on-knockout    a gate for CI
  fitcheck diff old.pdf new.pdf posting.txt       what a revision changed
  fitcheck batch posting.txt candidates/ -f html -o shortlist.html
  fitcheck inspect posting.txt                    what fitcheck reads from a document

Exit codes:
  0  the check ran (and met every gate asked for)
  1  a gate failed: --min-score/--fail-under, or --fail-on-knockout with a knock-out hit
  2  bad usage, bad or unreadable input, or an internal error (one line on stderr)`;

/** Every command; each adds itself to the program. */
const COMMANDS = [registerCheck, registerDemo, registerJobs, registerInspect, registerBatch, registerDiff];

function buildProgram(ctx: CliContext): Command {
  const program = new Command('fitcheck')
    .description(
      'Check how well a resume fits a job posting: skills, years, seniority, education and knock-outs, with evidence.',
    )
    .version(VERSION, '-V, --version')
    .exitOverride()
    // Subcommands (inspect) have options named like the check's (--format): those after a subcommand belong to it.
    .enablePositionalOptions()
    .configureOutput({ writeOut: ctx.io.stdout, writeErr: ctx.io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true);
  for (const register of COMMANDS) register(program, ctx);
  program.addHelpText('after', MAIN_HELP_AFTER);
  return program;
}

/** Run fitcheck with arguments (without node and script) and return the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram({ io, argv, setCode: (c) => (code = c) });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    return reportError(err, io, argv.includes('--verbose'));
  }
}

function reportError(err: unknown, io: CliIO, verbose: boolean): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return EXIT.ok;
    const message = err.message.replace(/^error: /, '').replace(/(?<!\s)\s*\n\s*/g, ' ');
    io.stderr(`fitcheck: ${message} (see fitcheck --help)\n`);
    return EXIT.error;
  }
  if (err instanceof FitcheckError) {
    io.stderr(`fitcheck: ${err.message}\n`);
    if (verbose && err.stack) io.stderr(err.stack + '\n');
    return err.exitCode;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  io.stderr(`fitcheck: internal error: ${e.message}${verbose ? '' : ' (run with --verbose for details)'}\n`);
  if (verbose && e.stack) io.stderr(e.stack + '\n');
  return EXIT.error;
}
