import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';
import { EXIT, run } from '../../src/cli/run.js';
import { wantsSpinner, withSpinner } from '../../src/cli/spinner.js';
import { memoryIO } from '../helpers/io.js';
import { example } from '../helpers/paths.js';

describe('colour is decided once: flag, NO_COLOR, FORCE_COLOR, TTY', () => {
  const table: [boolean | undefined, Record<string, string>, boolean, boolean][] = [
    [true, { NO_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, {}, true, true],
    [undefined, {}, false, false],
  ];
  for (const [flag, env, tty, want] of table) {
    it(`flag ${flag} env ${JSON.stringify(env)} tty ${tty} → ${want}`, () =>
      expect(useColor(flag, env, tty)).toBe(want));
  }
});

describe('spinner', () => {
  const tty = memoryIO({ stderrIsTTY: true });
  it('shows only for PDF/DOCX, on a TTY stderr, without --quiet', () => {
    expect(wantsSpinner(['cv.pdf', 'job.txt'], tty, false)).toBe(true);
    expect(wantsSpinner(['cv.DOCX', 'job.txt'], tty, false)).toBe(true);
    expect(wantsSpinner(['cv.txt', 'job.md'], tty, false)).toBe(false);
    expect(wantsSpinner(['cv.pdf', 'job.txt'], tty, true)).toBe(false);
    expect(wantsSpinner(['cv.pdf', 'job.txt'], memoryIO(), false)).toBe(false);
  });
  it('draws frames on stderr while the work runs and clears its line after', async () => {
    const io = memoryIO({ stderrIsTTY: true });
    const value = await withSpinner(true, 'Reading cv.pdf…', io, async () => {
      await new Promise((r) => setTimeout(r, 120));
      return 42;
    });
    expect(value).toBe(42);
    expect(io.err()).toContain('Reading cv.pdf…');
    expect(io.err()).toMatch(/\x1b\[2K/);
    expect(io.out()).toBe('');
  });
  it('writes nothing when not shown, and stops on failure', async () => {
    const io = memoryIO();
    await withSpinner(false, 'x', io, async () => 1);
    expect(io.err()).toBe('');
    const tty = memoryIO({ stderrIsTTY: true });
    await expect(withSpinner(true, 'Reading', tty, async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
  });
  it('a piped check has no escape codes and no spinner output', async () => {
    const io = memoryIO();
    expect(
      await run([example('ml-engineer-strong.md'), 'discover-senior-lead-ml-engineer', '--as-of', '2026-11-01'], io),
    ).toBe(EXIT.ok);
    expect(io.out()).not.toMatch(/\x1b/);
    expect(io.err()).toBe('');
  });
  it('--details prints an evidence line per skill', async () => {
    const io = memoryIO();
    await run(
      [example('ml-engineer-strong.md'), 'discover-senior-lead-ml-engineer', '--as-of', '2026-11-01', '--details'],
      io,
    );
    expect(io.out()).toMatch(/✔ Python[^\n]*\n +line \d+: .*Python/);
  });
});
