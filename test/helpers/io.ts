/** An in-memory CliIO for running the CLI in-process. */
import type { CliIO } from '../../src/cli/io.js';

export interface CapturedIO extends CliIO {
  out: () => string;
  err: () => string;
}

export function memoryIO(overrides: Partial<CliIO> = {}, stdin = ''): CapturedIO {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: {},
    now: () => new Date('2026-11-01T00:00:00Z'),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    readStdin: async () => Buffer.from(stdin),
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
