/** `fitcheck [resume] [job]`: the default command; either argument may come from a config file. */
import type { Command } from 'commander';
import { checkDocuments } from '../../check.js';
import { loadConfig } from '../../config/load.js';
import { CheckFailed, UsageError } from '../../errors.js';
import { loadDocument } from '../../load/index.js';
import { githubReportAll } from '../../report/github.js';
import { htmlReportAll } from '../../report/html.js';
import { resultLine } from '../../report/line.js';
import { escapeMarkdown, markdownReport } from '../../report/markdown.js';
import { REPORTERS } from '../../report/index.js';
import type { FitResult, LoadedDocument } from '../../types.js';
import { useColor } from '../color.js';
import { looksSwapped } from '../doc-kind.js';
import type { CliContext } from '../context.js';
import { gateFailures } from '../gates.js';
import type { CliIO } from '../io.js';
import { addCheckOptions, readCheckFlags, type CheckFlags } from '../options.js';
import { appendStepSummary, stepSummaryPath, writeReportFile } from '../output.js';
import { makePlan, type Source } from '../plan.js';
import { SLOW_FORMAT, wantsSpinner, withSpinner } from '../spinner.js';

async function load(src: Source, io: CliIO, kind: 'resume' | 'job'): Promise<LoadedDocument> {
  const doc = await loadDocument(src.read, { readStdin: io.readStdin, kind, syncRead: true });
  return { ...doc, path: src.shown };
}

/** The line a check prints when its documents look given the other way round. */
export const swappedMessage = (resume: string, job: string) =>
  `the arguments look swapped: ${resume} reads as a job posting and ${job} as a resume. The resume comes first: fitcheck <resume> <job> (add --as-is to check them as given)`;

/** Stop a check whose resume reads as a posting and whose posting reads as a resume. */
export function refuseSwapped(resume: LoadedDocument, job: LoadedDocument): void {
  if (looksSwapped(resume.text, job.text)) throw new UsageError(swappedMessage(resume.path, job.path));
}

/** The report for one or more results: several JSON results form an array, GitHub annotations are ranked together, other reports follow each other. */
export function render(
  results: FitResult[],
  flags: CheckFlags,
  color: boolean,
  root: string,
  failures: string[],
): string {
  if (flags.quiet && flags.format === 'text') return results.map((r) => resultLine(r) + '\n').join('');
  // In GitHub format a failed gate is an annotation too, first so the 10-per-step limit never hides it.
  if (flags.format === 'github') return githubReportAll(results, { color, root }, failures);
  if (flags.format === 'json' && results.length > 1) return JSON.stringify(results, null, 2) + '\n';
  if (flags.format === 'html') return htmlReportAll(results);
  const reports = results.map((r) => REPORTERS[flags.format](r, { color, root, details: flags.details }));
  return reports.join('\n');
}

/** Milliseconds on a monotonic clock, for --verbose timings (perf_hooks, with its nine built-in modules, unloaded). */
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Check one resume against each job (from the arguments or the config), print the report, apply the gates. */
export async function checkCommand(
  resumeArg: string | undefined,
  jobArg: string | undefined,
  flags: CheckFlags,
  io: CliIO,
): Promise<number> {
  const t0 = now();
  const cwd = io.cwd ?? process.cwd();
  const cfg = loadConfig(cwd, flags.config);
  const plan = makePlan(resumeArg, jobArg, flags, cfg, io.now(), cwd);
  const t1 = now();
  const sources = [plan.resume, ...plan.jobs];
  const slow = sources.filter((src) => SLOW_FORMAT.test(src.read)).map((src) => src.shown);
  const [resume, ...jobs] = await withSpinner(
    wantsSpinner(slow, io, flags.quiet),
    `Reading ${slow.join(', ')}…`,
    io,
    () => Promise.all([load(plan.resume, io, 'resume'), ...plan.jobs.map((j) => load(j, io, 'job'))]),
  );
  const t2 = now();
  if (!flags.asIs) for (const job of jobs) refuseSwapped(resume, job);
  const results = jobs.map((job) => checkDocuments(resume, job, plan.options));
  const t3 = now();
  const color = flags.format === 'text' && flags.output === undefined && useColor(flags.color, io.env, io.stdoutIsTTY);
  const failures = gateFailures(results, plan);
  const report = render(results, flags, color, cwd, failures);
  if (flags.output !== undefined) {
    writeReportFile(flags.output, report, cwd);
    if (!flags.quiet) io.stderr(`fitcheck: wrote the ${flags.format} report to ${flags.output}\n`);
  } else io.stdout(report);
  const summary = stepSummaryPath(io);
  if (summary) {
    const verdicts = failures.length
      ? failures.map((f) => `> ❌ **Gate failed**: ${escapeMarkdown(f)}\n`).join('') + '\n'
      : '';
    appendStepSummary(summary, verdicts + results.map(markdownReport).join('\n') + '\n', io);
  }
  if (flags.verbose) {
    const ms = (a: number, b: number) => `${(b - a).toFixed(1)} ms`;
    io.stderr(
      `fitcheck: timings: config ${ms(t0, t1)}, load ${ms(t1, t2)}, check ${ms(t2, t3)}, report ${ms(t3, now())}${cfg ? ` (config: ${cfg.path})` : ''}\n`,
    );
  }
  if (failures.length) {
    // A failed gate is a verdict, not an error: one line, no stack even with --verbose.
    const failed = new CheckFailed(failures.join('; '));
    io.stderr(`fitcheck: ${failed.message}\n`);
    return failed.exitCode;
  }
  return 0;
}

/** Make the program itself the check command. */
export function registerCheck(program: Command, ctx: CliContext): void {
  // The program and `demo` share option names: after a subcommand's name its options must win.
  program.enablePositionalOptions();
  program
    .argument(
      '[resume]',
      'resume file: PDF, DOCX, text, Markdown, JSON Resume, RenderCV/YAMLResume YAML, LaTeX or HTML (- for stdin); optional when the config file names one',
    )
    .argument(
      '[job]',
      'job posting file (same formats), or the name of a bundled job (see `fitcheck jobs`); optional when the config file names jobs',
    );
  addCheckOptions(program).action(
    async (resume: string | undefined, job: string | undefined, raw: Record<string, unknown>) => {
      ctx.setCode(await checkCommand(resume, job, readCheckFlags(raw, ctx.argv), ctx.io));
    },
  );
}
