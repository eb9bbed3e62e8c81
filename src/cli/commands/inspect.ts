/** `fitcheck inspect <file...>`: what fitcheck read from each document (a job's or a resume's profile), with evidence. */
import { Option, type Command } from 'commander';
import { detectKind, type DocumentKind } from '../doc-kind.js';
import { analyzeJob } from '../../analyze/job.js';
import { analyzeResume } from '../../analyze/resume.js';
import { InputError } from '../../errors.js';
import { loadDocument } from '../../load/index.js';
import { withRefs } from '../../taxonomy/refs.js';
import { resolveJob } from '../bundled.js';
import { useColor } from '../color.js';
import type { CliContext } from '../context.js';
import { parseAsOf } from '../options.js';
import { renderInspection } from './inspect-view.js';

/** What `inspect` prints for one document: its kind and its profile (a resume's internal `lines` left out). */
export type Inspection = { kind: DocumentKind; path: string } & Record<string, unknown>;

/** A file of several that could not be read or understood: its place in the output, with the one-line message. */
export interface InspectFailure {
  path: string;
  /** Null: the document was not read, so it has no kind. */
  kind: null;
  /** The same one-line message a single `inspect` of the file prints on stderr. */
  error: string;
}

/** The one-line message of a failed file: an input error's own, else an internal error naming the file (as `batch`). */
function failureOf(path: string, err: unknown): InspectFailure {
  const error =
    err instanceof InputError ? err.message : `${path}: internal error: ${err instanceof Error ? err.message : err}`;
  return { path, kind: null, error };
}

/** Inspect formats. */
export const INSPECT_FORMATS = ['text', 'json', 'jsonl'] as const;

/** Load and analyze one document as a job or a resume (detected unless `as` says). */
export async function inspectDocument(
  path: string,
  as: DocumentKind | undefined,
  asOf: Date,
  readStdin?: () => Promise<Buffer>,
): Promise<Inspection> {
  const doc = await loadDocument(resolveJob(path), { readStdin });
  const kind = as ?? detectKind(doc.text);
  // Each skill carries its stable id (and ESCO / O*NET identifiers where known) beside its name.
  if (kind === 'job') {
    const job = analyzeJob(doc);
    return { kind, ...job, skills: withRefs(job.skills) };
  }
  const { lines: _lines, ...profile } = analyzeResume(doc, asOf);
  return { kind, ...profile, skills: withRefs(profile.skills) };
}

export function registerInspect(program: Command, ctx: CliContext): void {
  program
    .command('inspect')
    .description(
      'show what fitcheck reads from each document: skills with evidence, years, seniority, education, knock-outs',
    )
    .argument('<file...>', 'job postings or resumes (a bundled job name works too; - for stdin)')
    .addOption(
      new Option('--as <kind>', 'read every file as this kind instead of detecting it').choices(['job', 'resume']),
    )
    .addOption(new Option('-f, --format <name>', 'output format').choices([...INSPECT_FORMATS]).default('text'))
    .option('--as-of <date>', 'reference date for "Present", YYYY-MM-DD (default: today)')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--verbose', 'show stack traces on errors', false)
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const asOf = typeof raw.asOf === 'string' ? parseAsOf(raw.asOf) : ctx.io.now();
      // One file: a failure ends the run (exit 2, one line). Several: like `batch`, a failed file is reported in its
      // place (and on stderr) and the others go on; exit 2 only when none could be read.
      const results: (Inspection | InspectFailure)[] = [];
      for (const file of files) {
        try {
          results.push(await inspectDocument(file, raw.as as DocumentKind | undefined, asOf, ctx.io.readStdin));
        } catch (err) {
          if (files.length === 1) throw err;
          const failure = failureOf(file, err);
          ctx.io.stderr(`fitcheck: ${failure.error}\n`);
          results.push(failure);
        }
      }
      const format = String(raw.format);
      if (format === 'jsonl') ctx.io.stdout(results.map((r) => JSON.stringify(r) + '\n').join(''));
      else if (format === 'json')
        ctx.io.stdout(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
      else {
        const flag = ctx.argv.includes('--no-color') ? false : ctx.argv.includes('--color') ? true : undefined;
        const color = useColor(flag, ctx.io.env, ctx.io.stdoutIsTTY);
        ctx.io.stdout(
          results
            .map((r) => (r.kind === null ? `${r.path}  error: ${r.error}\n` : renderInspection(r, { color })))
            .join('\n'),
        );
      }
      ctx.setCode(results.some((r) => r.kind !== null) ? 0 : 2);
    });
}
