/** The CLI: parses argv with commander, runs a command, maps errors to exit codes. */
import { Command, CommanderError } from 'commander';
import { FitcheckError } from '../errors.js';
import { checkCommand, demoCommand, jobsCommand } from './commands.js';
import type { CliIO } from './io.js';
import { addCheckOptions, readCheckFlags } from './options.js';

export type { CliIO } from './io.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, gateFailed: 1, error: 2 } as const;

function buildProgram(io: CliIO, argv: string[], setCode: (code: number) => void): Command {
  const program = new Command('fitcheck')
    .description('Check how well a resume fits a job posting: skills, years, seniority, education and knock-outs, with evidence.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true)
    .argument('<resume>', 'resume file (text or Markdown; - for stdin)')
    .argument('<job>', 'job posting file, or the name of a bundled job (see `fitcheck jobs`)');
  addCheckOptions(program).action(async (resume: string, job: string, raw: Record<string, unknown>) => {
    setCode(await checkCommand(resume, job, readCheckFlags(raw, argv), io));
  });
  addCheckOptions(program.command('demo').description('run a bundled sample resume against a bundled job')).action(async (raw: Record<string, unknown>) => {
    setCode(await demoCommand(readCheckFlags(raw, argv), io));
  });
  program
    .command('jobs')
    .description('list the bundled sample jobs')
    .action(() => setCode(jobsCommand(io)));
  return program;
}

const VERSION = '0.1.0';

/** Run fitcheck with arguments (without node and script) and return the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, argv, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    return reportError(err, io, argv.includes('--verbose'));
  }
}

function reportError(err: unknown, io: CliIO, verbose: boolean): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    io.stderr(`fitcheck: ${err.message.replace(/^error: /, '')}\n(see fitcheck --help)\n`);
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
