/** `fitcheck batch`: many resumes against one or more jobs (or many jobs against a resume), ranked. */
import { Option, type Command } from 'commander';
import { isoDate } from '../../check.js';
import { configuredOptions } from '../../config/apply.js';
import { inConfig, loadConfig } from '../../config/load.js';
import { CheckFailed, InputError, UsageError } from '../../errors.js';
import { defaultConcurrency } from '../../batch/concurrency.js';
import { BATCH_REPORTERS } from '../../batch/report/index.js';
import type { BatchOutcome } from '../../batch/run.js';
import type { ScoreSetup } from '../../batch/score.js';
import { resolveJob } from '../bundled.js';
import { useColor } from '../color.js';
import type { CliContext } from '../context.js';
import type { Gates } from '../gates.js';
import type { CliIO } from '../io.js';
import { parseAsOf, readCheckFlags, type CheckFlags } from '../options.js';
import { writeReportFile } from '../output.js';

/** Validated batch options besides the shared check flags. */
interface BatchFlags {
  jobs: string[];
  resumes: string[];
  /** Undefined: chosen when the batch starts (defaultConcurrency). */
  concurrency?: number;
  top?: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function wholeNumber(name: string, value: unknown, min: number, max = Infinity): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n < min || n > max)
    throw new UsageError(
      `${name} must be a whole number${max < Infinity ? ` from ${min} to ${max}` : ` of at least ${min}`}, got '${value}'`,
    );
  return n;
}

function readBatchFlags(raw: Record<string, unknown>): BatchFlags {
  return {
    jobs: (raw.job as string[] | undefined) ?? [],
    resumes: (raw.resume as string[] | undefined) ?? [],
    concurrency: wholeNumber('--concurrency', raw.concurrency, 1, 256),
    top: wholeNumber('--top', raw.top, 1),
  };
}

/** Which arguments are jobs and which are resumes (see the README's batch section). */
export function splitRoles(paths: string[], flags: BatchFlags): { jobs: string[]; resumes: string[] } {
  if (flags.jobs.length && flags.resumes.length) {
    if (paths.length) throw new UsageError('with both --job and --resume, give no other paths');
    return { jobs: flags.jobs, resumes: flags.resumes };
  }
  if (flags.resumes.length) {
    if (!paths.length) throw new UsageError('give the jobs to rank for --resume (files, folders or patterns)');
    return { jobs: paths, resumes: flags.resumes };
  }
  if (flags.jobs.length) {
    if (!paths.length) throw new UsageError('give the resumes to score (files, folders or patterns)');
    return { jobs: flags.jobs, resumes: paths };
  }
  if (paths.length < 2) throw new UsageError('give a job and at least one resume: fitcheck batch <job> <resume...>');
  return { jobs: [paths[0]], resumes: paths.slice(1) };
}

/** The gate's verdict: the failure message, or null when every scored pair passed. */
export function gateFailure(outcome: BatchOutcome, gates: Gates): string | null {
  const problems: string[] = [];
  if (gates.minScore !== undefined) {
    const under = outcome.histogram.slice(0, Math.ceil(gates.minScore)).reduce((a, b) => a + b, 0);
    if (under) problems.push(`${plural(under, 'pair')} scored below the minimum of ${gates.minScore}`);
  }
  if (gates.failOnKnockout && outcome.knockedOut) problems.push(`${plural(outcome.knockedOut, 'pair')} knocked out`);
  return problems.length ? `gate failed: ${problems.join(', ')}` : null;
}

/** A COLUMNS variable as a width, when it is one. */
const columnsOf = (value: string | undefined) => (value && /^\d{2,4}$/.test(value) ? Number(value) : undefined);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const BATCH_EXAMPLES = `
Examples:
  fitcheck batch senior-ml.txt clients/                 every resume under clients/, ranked
  fitcheck batch senior-ml.txt 'clients/**/*.pdf' -f csv
  fitcheck batch --job a.txt --job b.txt clients/       every resume against both jobs
  fitcheck batch --resume me.pdf jobs/                  rank postings for one resume

Exit codes: 0 some pair scored and gates passed; 1 a gate failed for any scored pair; 2 nothing could be scored, or bad usage.`;

/** Add `fitcheck batch` to the program. */
export function registerBatch(program: Command, ctx: CliContext): void {
  program
    .command('batch')
    .description('score many resumes against one or more jobs (or many jobs against one resume), ranked')
    .argument('[paths...]', 'a job then resumes; files, folders (searched recursively) or glob patterns')
    .option('--job <file>', 'a job to score against (repeatable); then every path is a resume', collect)
    .option('--resume <file>', 'a resume to rank jobs for (repeatable); then every path is a job', collect)
    .addOption(
      new Option('-f, --format <name>', 'output format').choices(Object.keys(BATCH_REPORTERS)).default('table'),
    )
    .option('--top <n>', 'show only the best N scored pairs')
    .option('--concurrency <n>', 'worker threads (default: one per idle CPU, at least 1; 1 = no threads)')
    .option('--min-score <n>', 'gate: exit 1 if any scored pair is below n (0-100)')
    .option('--fail-under <n>', 'alias of --min-score')
    .option('--fail-on-knockout', 'gate: exit 1 if any scored pair is knocked out')
    .option('--no-fail-on-knockout', 'turn off a knock-out gate set in the config file')
    .option('-o, --output <file>', 'write the results to a file instead of stdout')
    .option('--config <file>', 'use this config file instead of searching the working directory')
    .option('--no-config', 'ignore config files')
    .option('--as-of <date>', 'reference date for "Present", YYYY-MM-DD (default: today)')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('-q, --quiet', 'no progress bar or summary line (failures are still counted on stderr)', false)
    .option('--as-is', 'score every resume as given, even one that reads as a job posting', false)
    .option('--verbose', 'show stack traces on errors', false)
    .addHelpText('after', BATCH_EXAMPLES)
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      ctx.setCode(await batchCommand(paths, raw, ctx));
    });
}

/** What the flags and the config file decide for every pair. */
function settings(check: CheckFlags, io: CliIO) {
  const cfg = loadConfig(io.cwd ?? process.cwd(), check.config);
  const c = cfg?.config ?? {};
  const configured = cfg ? inConfig(cfg.path, () => configuredOptions(c)) : undefined;
  return {
    gates: {
      minScore: check.minScore ?? c.minScore,
      failOnKnockout: check.failOnKnockout ?? c.failOnKnockout ?? false,
    } satisfies Gates,
    asOf: check.asOf ?? (c.asOf !== undefined ? parseAsOf(c.asOf, 'asOf') : io.now()),
    taxonomy: configured?.taxonomy,
    weights: configured?.weights,
    ignore: configured?.ignore,
    // Plain data for the workers, which compile their own dictionary from it.
    vocabulary: c.skills || c.aliases ? { skills: c.skills, aliases: c.aliases } : undefined,
  };
}

/** The stderr line after a batch: how many, how fast, how many failed. */
function summaryLine(
  resumes: number,
  jobs: number,
  seconds: number,
  failedResumes: number,
  failedJobs: number,
): string {
  const failed =
    (failedResumes ? `; ${plural(failedResumes, 'resume')} could not be read` : '') +
    (failedJobs ? `; ${plural(failedJobs, 'job')} could not be read` : '');
  return `Checked ${plural(resumes, 'resume')} against ${plural(jobs, 'job')} in ${seconds.toFixed(1)}s (${(resumes / seconds).toFixed(1)} resumes/s)${failed}.\n`;
}

async function batchCommand(paths: string[], raw: Record<string, unknown>, ctx: CliContext): Promise<number> {
  // The batch machinery (discovery, worker pool, progress) loads only when a batch runs, not on every single check.
  const [{ discover }, { loadJobs }, { ProgressBar }, { runBatch }] = await Promise.all([
    import('../../batch/discover.js'),
    import('../../batch/jobs.js'),
    import('../../batch/progress.js'),
    import('../../batch/run.js'),
  ]);
  const { io } = ctx;
  const check = readCheckFlags(raw, ctx.argv);
  const flags = readBatchFlags(raw);
  const roles = splitRoles(paths, flags);
  if (roles.resumes.includes('-')) throw new UsageError('batch reads resumes from files; - (stdin) is only for a job');
  const set = settings(check, io);
  const { jobs, failed } = await loadJobs(roles.jobs, resolveJob, { readStdin: io.readStdin }, set.taxonomy);
  const resumes = await discover(roles.resumes, (m) => io.stderr(`fitcheck: warning: ${m}\n`));
  if (resumes.length === 0)
    throw new InputError(roles.resumes.join(' '), 'no resumes found (looked for .txt, .md, .pdf, .docx, … files)');
  const progress = new ProgressBar(resumes.length, io.stderr, io.stderrIsTTY && !check.quiet);
  const setup: ScoreSetup = {
    jobs,
    asOf: isoDate(set.asOf),
    weights: set.weights,
    ignore: set.ignore,
    vocabulary: set.vocabulary,
    asIs: raw.asIs === true,
    keepResults: check.format === 'html',
  };
  const outcome = await runBatch(resumes, setup, failed, {
    concurrency: flags.concurrency ?? (await defaultConcurrency()),
    top: flags.top,
    onResume: () => progress.tick(),
  });
  progress.clear();
  const color = check.format === 'table' && check.output === undefined && useColor(check.color, io.env, io.stdoutIsTTY);
  const report = BATCH_REPORTERS[check.format](outcome.rows, {
    color,
    width: io.columns ?? columnsOf(io.env.COLUMNS),
    asOf: setup.asOf,
  });
  if (check.output !== undefined) writeReportFile(check.output, report, io.cwd ?? process.cwd());
  else io.stdout(report);
  if (!check.quiet || outcome.failedResumes || failed.length) {
    io.stderr(
      summaryLine(resumes.length, jobs.length, progress.elapsed() / 1000, outcome.failedResumes, failed.length),
    );
  }
  if (jobs.length === 0) throw new InputError(roles.jobs.join(' '), 'no job could be read');
  if (outcome.failedResumes === resumes.length)
    throw new InputError(roles.resumes.join(' '), 'no resume could be scored');
  const gate = gateFailure(outcome, set.gates);
  if (!gate) return 0;
  // A failed gate is a verdict, not an error: one line, no stack even with --verbose.
  io.stderr(`fitcheck: ${gate}\n`);
  return new CheckFailed(gate).exitCode;
}
