/** A progress spinner on stderr while slow documents (PDF, DOCX) load; only on a TTY, never with --quiet. */
import { Writable } from 'node:stream';
import type { CliIO } from './io.js';

/** Files slow enough to deserve a spinner, by extension. */
export const SLOW_FORMAT = /\.(pdf|docx?)$/i;

/** Whether a spinner should show for these paths. */
export function wantsSpinner(paths: string[], io: CliIO, quiet: boolean): boolean {
  return io.stderrIsTTY && !quiet && paths.some((p) => SLOW_FORMAT.test(p));
}

/** A TTY-like stream over the injected stderr, so the spinner also works (and is testable) in-process. */
function ttyStream(io: CliIO): NodeJS.WriteStream {
  const stream = new Writable({
    write(chunk, _enc, done) {
      io.stderr(String(chunk));
      done();
    },
  });
  return Object.assign(stream, {
    isTTY: true,
    columns: 80,
    cursorTo: (x: number) => (io.stderr(`\x1b[${x + 1}G`), true),
    moveCursor: (_dx: number, dy: number) => (io.stderr(dy < 0 ? `\x1b[${-dy}A` : dy > 0 ? `\x1b[${dy}B` : ''), true),
    clearLine: () => (io.stderr('\x1b[2K'), true),
  }) as unknown as NodeJS.WriteStream;
}

/** Run `work` with a spinner when `show` is true; ora is imported only then. */
export async function withSpinner<T>(show: boolean, text: string, io: CliIO, work: () => Promise<T>): Promise<T> {
  if (!show) return work();
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: ttyStream(io), isEnabled: true, discardStdin: false }).start();
  try {
    return await work();
  } finally {
    spinner.stop();
  }
}
