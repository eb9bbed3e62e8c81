import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, run } from '../../src/cli/run.js';
import { MSG } from '../../src/load/messages.js';
import { memoryIO } from '../helpers/io.js';
import { example, ROOT } from '../helpers/paths.js';

const BIN = `${ROOT}bin/fitcheck.js`;

describe('inputs that are not regular files', () => {
  it.runIf(existsSync('/dev/zero'))('refuses an endless device within the size limit instead of hanging', async () => {
    const io = memoryIO();
    expect(await run(['/dev/zero', 'discover-senior-lead-ml-engineer'], io)).toBe(EXIT.error);
    expect(io.err()).toBe(`fitcheck: /dev/zero: ${MSG.tooBigInput}\n`);
    expect(io.out()).toBe('');
  });

  it('reads a resume from a pipe given as a path (process substitution)', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node "${BIN}" <(cat "${example('frontend-developer-junior.txt')}") discover-senior-lead-ml-engineer --format json`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout).resume.name).toBe('Jordan Lee');
  });
});

describe('a reader that stops early', () => {
  it('ends quietly with exit 0 when stdout is closed (fitcheck … | head)', () => {
    // Well over a pipe's 64 KB buffer, so the writer meets the closed pipe.
    const cmd = `set -o pipefail; cd "${ROOT}" && node "${BIN}" inspect jobs/*.txt examples/* --format jsonl | head -c 10 >/dev/null`;
    const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(EXIT.ok);
  });
});
