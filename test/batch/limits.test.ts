import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, tooManyFiles } from '../../src/batch/discover.js';
import { UsageError } from '../../src/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fitcheck-limit-'));
  for (let i = 0; i < 5; i++) writeFileSync(join(dir, `r${i}.txt`), 'Ana Diaz\nPython\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch size limit', () => {
  it('takes a folder up to the limit', async () => {
    expect(await discover([dir], () => {}, 5)).toHaveLength(5);
  });
  it('refuses more documents than the limit with a usage error', async () => {
    const err = await discover([dir], () => {}, 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(tooManyFiles(3));
  });
});
