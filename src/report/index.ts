/** Reporters: pure functions from a result to a string, registered by name. */
import type { FitResult } from '../types.js';
import { githubReport } from './github.js';
import { htmlReport } from './html.js';
import { jsonReport } from './json.js';
import { markdownReport } from './markdown.js';
import { textReport } from './text.js';

/** Options every reporter receives. */
export interface ReportOptions {
  /** Emit ANSI colour codes. */
  color: boolean;
  /** Directory absolute paths are shown relative to (the GitHub workspace); default: paths as given. */
  root?: string;
  /** Show every evidence line and every suggestion on its own (the text report is compact otherwise). */
  details?: boolean;
}

/** A reporter turns one result into the text to print. */
export type Reporter = (result: FitResult, options: ReportOptions) => string;

/** Reporters by `--format` name. */
export const REPORTERS: Record<string, Reporter> = {
  text: textReport,
  json: jsonReport,
  markdown: markdownReport,
  github: githubReport,
  html: htmlReport,
};
