/** What the CLI needs from the outside world, injected so tests can run it in-process. */
import { MAX_FILE_BYTES } from '../load/limits.js';

/** Streams, environment and clock for one CLI run. */
export interface CliIO {
  /** Writes report output. */
  stdout: (text: string) => void;
  /** Writes errors, warnings and progress. */
  stderr: (text: string) => void;
  /** Environment variables (NO_COLOR, FORCE_COLOR, …). */
  env: Record<string, string | undefined>;
  /** The current time; `--as-of` overrides it for "Present". */
  now: () => Date;
  stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one (the batch table uses it). */
  columns?: number;
  stderrIsTTY: boolean;
  /** Reads all of standard input (for the path `-`). */
  readStdin: () => Promise<Buffer>;
  /** Directory where config files are searched and relative paths resolve; default process.cwd(). */
  cwd?: string;
}

/** The real process's streams. */
export function processIO(): CliIO {
  // A reader that stops early (`fitcheck … | head`) is not an error: stop quietly, as Unix tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
    now: () => new Date(),
    stdoutIsTTY: process.stdout.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      // Stop just past the size limit: the loader then refuses the input instead of memory filling up.
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size > MAX_FILE_BYTES) break;
      }
      return Buffer.concat(chunks);
    },
  };
}
