/** What every command registration receives. */
import type { CliIO } from './io.js';

/** Shared state of one CLI run. */
export interface CliContext {
  io: CliIO;
  /** The raw arguments, for flags commander folds (e.g. --color/--no-color). */
  argv: string[];
  /** Record the exit code a command finished with. */
  setCode: (code: number) => void;
}
