/** Where reports go besides stdout: a file written atomically, and GitHub's step summary. */
import { appendFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { CliIO } from './io.js';

/** Write `text` to `path` (relative to `cwd`) through a temporary file and a rename, so a failed write leaves nothing half-written. */
export function writeReportFile(path: string, text: string, cwd: string): void {
  const abs = resolve(cwd, path);
  const tmp = join(dirname(abs), `.${basename(abs)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, abs);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new InputError(
      path,
      `cannot write the report (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

/** The step-summary file when running in GitHub Actions, else undefined. */
export function stepSummaryPath(io: CliIO): string | undefined {
  const path = io.env.GITHUB_STEP_SUMMARY;
  return io.env.GITHUB_ACTIONS === 'true' && path ? path : undefined;
}

/** Append Markdown to the step summary; a failure is a warning, not a failed check. */
export function appendStepSummary(path: string, markdown: string, io: CliIO): void {
  try {
    appendFileSync(path, markdown);
  } catch (err) {
    io.stderr(
      `fitcheck: warning: could not append to the step summary '${path}' (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`,
    );
  }
}
