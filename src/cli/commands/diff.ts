/** `fitcheck diff <old> <new> <job>`: what a resume revision changed against a posting. */
import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDocuments } from '../../check.js';
import { configuredOptions } from '../../config/apply.js';
import { inConfig, loadConfig } from '../../config/load.js';
import { InputError, UsageError } from '../../errors.js';
import { loadDocument } from '../../load/index.js';
import { DIFF_REPORTERS, diffResults } from '../../report/diff.js';
import { resolveJob } from '../bundled.js';
import { useColor } from '../color.js';
import type { CliContext } from '../context.js';
import { parseAsOf } from '../options.js';
import { writeReportFile } from '../output.js';
import { refuseSwapped } from './check.js';

const DIFF_EXAMPLES = `
Examples:
  fitcheck diff cv-v1.pdf cv-v2.pdf posting.txt
  fitcheck diff <(git show HEAD~1:resume.md) resume.md posting.txt -f markdown > diff.md

Exit codes: 0 the diff was made; 2 bad usage or unreadable input.`;

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('what a resume revision changed against a posting: score, skills gained and lost, knock-outs, advice')
    .argument('<old>', 'the resume before the revision')
    .argument('<new>', 'the resume after it')
    .argument('<job>', 'the job posting (a file, or a bundled job name)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(DIFF_REPORTERS)).default('text'))
    .option('--as-of <date>', 'reference date for "Present", YYYY-MM-DD (default: today)')
    .option('-o, --output <file>', 'write the diff to a file instead of stdout')
    .option('--config <file>', 'use this config file instead of searching the working directory')
    .option('--no-config', 'ignore config files')
    .option('--as-is', 'compare the documents as given, even when they look swapped', false)
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--verbose', 'show stack traces on errors', false)
    .addHelpText('after', DIFF_EXAMPLES)
    .action(async (oldPath: string, newPath: string, jobArg: string, raw: Record<string, unknown>) => {
      if ([oldPath, newPath, jobArg].filter((p) => p === '-').length > 1)
        throw new UsageError('standard input (-) can feed only one of the three documents');
      const cwd = ctx.io.cwd ?? process.cwd();
      const cfg = loadConfig(cwd, raw.config === false ? false : (raw.config as string | undefined));
      const configured = cfg ? inConfig(cfg.path, () => configuredOptions(cfg.config)) : undefined;
      const asOf =
        typeof raw.asOf === 'string'
          ? parseAsOf(raw.asOf)
          : cfg?.config.asOf !== undefined
            ? parseAsOf(cfg.config.asOf, 'asOf')
            : ctx.io.now();
      // Read relative to the working directory; a job that is no file there is a bundled job's name.
      const where = (path: string, kind: 'resume' | 'job') => {
        if (path === '-') return path;
        const abs = resolve(cwd, path);
        return kind === 'job' && !existsSync(abs) ? resolveJob(path) : abs;
      };
      const read = async (path: string, kind: 'resume' | 'job') => {
        try {
          return { ...(await loadDocument(where(path, kind), { readStdin: ctx.io.readStdin, kind })), path };
        } catch (err) {
          // The loader names the file by the path it read; the user typed another.
          if (err instanceof InputError && err.message.startsWith(`${where(path, kind)}: `))
            throw new InputError(path, err.message.slice(where(path, kind).length + 2));
          throw err;
        }
      };
      const [before, after, job] = await Promise.all([
        read(oldPath, 'resume'),
        read(newPath, 'resume'),
        read(jobArg, 'job'),
      ]);
      if (raw.asIs !== true) for (const resume of [before, after]) refuseSwapped(resume, job);
      const options = { ...configured, asOf };
      const diff = diffResults(checkDocuments(before, job, options), checkDocuments(after, job, options));
      const format = String(raw.format);
      const flag = ctx.argv.includes('--no-color') ? false : ctx.argv.includes('--color') ? true : undefined;
      const color = format === 'text' && raw.output === undefined && useColor(flag, ctx.io.env, ctx.io.stdoutIsTTY);
      const report = DIFF_REPORTERS[format](diff, { color });
      if (typeof raw.output === 'string') writeReportFile(raw.output, report, cwd);
      else ctx.io.stdout(report);
      ctx.setCode(0);
    });
}
