/** Options shared by the check commands, parsed and validated into one shape. */
import { Option, type Command } from 'commander';
import { parseIsoDate } from '../config/validate.js';
import { UsageError } from '../errors.js';
import { REPORTERS } from '../report/index.js';

/** Validated options of a check. */
export interface CheckFlags {
  format: string;
  asOf?: Date;
  color?: boolean;
  verbose: boolean;
  quiet: boolean;
  /** Gate: exit 1 when the score is below this (`--min-score`, `--fail-under`). */
  minScore?: number;
  /** Gate: exit 1 when a knock-out is hit; undefined when neither flag was given. */
  failOnKnockout?: boolean;
  /** Write the report to this file instead of stdout. */
  output?: string;
  /** A config file to use; false with `--no-config`; undefined to search the working directory. */
  config?: string | false;
  /** Text report: every evidence line and every suggestion on its own. */
  details: boolean;
  /** Check the documents as given even when they look swapped. */
  asIs: boolean;
}

/** Add the options every check command takes. */
export function addCheckOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(REPORTERS)).default('text'))
    .option('--as-of <date>', 'reference date for "Present", YYYY-MM-DD (default: today)')
    .option('--min-score <n>', 'gate: exit 1 when the score is below n (0-100)')
    .option('--fail-under <n>', 'alias of --min-score')
    .option('--fail-on-knockout', 'gate: exit 1 when any knock-out is hit')
    .option('--no-fail-on-knockout', 'turn off a knock-out gate set in the config file')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--config <file>', 'use this config file instead of searching the working directory')
    .option('--no-config', 'ignore config files')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('-q, --quiet', 'print only the result line (text) or the report (other formats), no hints', false)
    .option('--details', 'text report: show the evidence line for every skill and every suggestion', false)
    .option(
      '--as-is',
      'check the documents as given, even when the resume reads as a posting and the job as a resume',
      false,
    )
    .option('--verbose', 'show stack traces on errors and timings on stderr', false);
}

/** Parse `YYYY-MM-DD` strictly; `what` names the source in the error. */
export function parseAsOf(value: string, what = '--as-of'): Date {
  const date = parseIsoDate(value);
  if (!date) throw new UsageError(`${what} must be a date as YYYY-MM-DD, got '${value}'`);
  return date;
}

/** Parse a score threshold: a number from 0 to 100. */
export function parseMinScore(value: string, flag: string): number {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 100)) throw new UsageError(`${flag} must be a number from 0 to 100, got '${value}'`);
  return n;
}

/** Turn commander's raw option values into CheckFlags. */
export function readCheckFlags(raw: Record<string, unknown>, argv: string[]): CheckFlags {
  // commander folds --color/--no-color into one boolean that defaults to true; only an explicit flag counts.
  const explicit = argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined;
  if (typeof raw.minScore === 'string' && typeof raw.failUnder === 'string') {
    throw new UsageError('--min-score and --fail-under are the same gate; give one of them');
  }
  const threshold =
    typeof raw.minScore === 'string'
      ? parseMinScore(raw.minScore, '--min-score')
      : typeof raw.failUnder === 'string'
        ? parseMinScore(raw.failUnder, '--fail-under')
        : undefined;
  const knockoutGate = argv.includes('--no-fail-on-knockout')
    ? false
    : argv.includes('--fail-on-knockout')
      ? true
      : undefined;
  return {
    format: String(raw.format ?? 'text'),
    asOf: typeof raw.asOf === 'string' ? parseAsOf(raw.asOf) : undefined,
    color: explicit,
    verbose: raw.verbose === true,
    quiet: raw.quiet === true,
    minScore: threshold,
    failOnKnockout: knockoutGate,
    output: typeof raw.output === 'string' ? raw.output : undefined,
    config: raw.config === false ? false : typeof raw.config === 'string' ? raw.config : undefined,
    details: raw.details === true,
    asIs: raw.asIs === true,
  };
}
