/** Options shared by the check commands, parsed and validated into one shape. */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { REPORTERS } from '../report/index.js';

/** Validated options of a check. */
export interface CheckFlags {
  format: string;
  asOf?: Date;
  color?: boolean;
  verbose: boolean;
  quiet: boolean;
  /** Text report: every evidence line and every suggestion on its own. */
  details: boolean;
}

/** Add the options every check command takes. */
export function addCheckOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(REPORTERS)).default('text'))
    .option('--as-of <date>', 'reference date for "Present", YYYY-MM-DD (default: today)')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('-q, --quiet', 'print only the report, no hints', false)
    .option('--details', 'text report: show the evidence line for every skill and every suggestion', false)
    .option('--verbose', 'show stack traces on errors', false);
}

/** Parse `YYYY-MM-DD` strictly. */
export function parseAsOf(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--as-of must be a date as YYYY-MM-DD, got '${value}'`);
  return date;
}

/** Turn commander's raw option values into CheckFlags. */
export function readCheckFlags(raw: Record<string, unknown>, argv: string[]): CheckFlags {
  // commander folds --color/--no-color into one boolean that defaults to true; only an explicit flag counts.
  const explicit = argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined;
  return {
    format: String(raw.format ?? 'text'),
    asOf: typeof raw.asOf === 'string' ? parseAsOf(raw.asOf) : undefined,
    color: explicit,
    verbose: raw.verbose === true,
    quiet: raw.quiet === true,
    details: raw.details === true,
  };
}
