import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Plain JS helper shared with the benchmark (bench/ is not part of the typed build).
import { forbiddenIn, loadedModules } from '../../bench/modules.mjs';
import { ROOT, example, job } from '../helpers/paths.js';
import { EXIT } from '../../src/cli/run.js';

const BIN = join(ROOT, 'bin/fitcheck.js');
const tmp = mkdtempSync(join(tmpdir(), 'fitcheck-startup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Built-ins only a DOCX (zlib), a batch (worker_threads) or a stale-taxonomy check (crypto) needs. */
const NOT_FOR_TEXT = ['zlib', 'worker_threads', 'crypto'];

describe('startup discipline', () => {
  it('a text check loads no PDF/DOCX parser, no natural index and no database driver', () => {
    const r = loadedModules(BIN, [example('ml-engineer-strong.md'), job('senior-ml-engineer-job-profile')]);
    expect(r.code).toBe(EXIT.ok);
    expect(forbiddenIn(r.files)).toEqual([]);
  });

  it('a text check loads one file of fitcheck code, the bundle, and no package file or built-in it does not use', () => {
    const r = loadedModules(BIN, [example('ml-engineer-strong.md'), job('senior-ml-engineer-job-profile')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.files.filter((f: string) => f !== BIN)).toEqual([join(ROOT, 'dist/fitcheck.cjs')]);
    const own = loadedModules(
      BIN,
      [example('ml-engineer-strong.md'), job('senior-ml-engineer-job-profile')],
      {},
      { esm: false },
    );
    expect(own.builtins).toContain('fs');
    expect(own.builtins.filter((b: string) => NOT_FOR_TEXT.includes(b))).toEqual([]);
    expect(own.addons).toEqual([]);
  });

  it('the tracer does see a heavy module, a built-in and a native addon when one is loaded', () => {
    const script = join(tmp, 'heavy.mjs');
    writeFileSync(
      script,
      `import '${join(ROOT, 'node_modules/mammoth/lib/index.js')}';\nimport '${join(ROOT, 'node_modules/natural/lib/natural/index.js')}';\n` +
        `import { createRequire } from 'node:module';\nimport 'node:zlib';\ncreateRequire(import.meta.url)('${join(ROOT, 'node_modules/@napi-rs/canvas/index.js')}');\n`,
    );
    const r = loadedModules(script, []);
    expect(r.code).toBe(EXIT.ok);
    const bad = forbiddenIn(r.files);
    expect(bad.some((f: string) => f.includes('/mammoth/'))).toBe(true);
    expect(bad.some((f: string) => f.endsWith('natural/lib/natural/index.js'))).toBe(true);
    const own = loadedModules(script, [], {}, { esm: false });
    expect(own.builtins).toContain('zlib');
    expect(own.addons.some((a: string) => a.includes('@napi-rs/canvas'))).toBe(true);
  });
});
