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

describe('startup discipline', () => {
  it('a text check loads no PDF/DOCX parser, no natural index and no database driver', () => {
    const r = loadedModules(BIN, [example('ml-engineer-strong.md'), job('senior-ml-engineer-job-profile')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.files.some((f: string) => f.endsWith('/dist/cli/run.js'))).toBe(true);
    expect(forbiddenIn(r.files)).toEqual([]);
  });

  it('the tracer does see a heavy module when one is loaded', () => {
    const script = join(tmp, 'heavy.mjs');
    writeFileSync(script, `import '${join(ROOT, 'node_modules/mammoth/lib/index.js')}';\nimport '${join(ROOT, 'node_modules/natural/lib/natural/index.js')}';\n`);
    const r = loadedModules(script, []);
    expect(r.code).toBe(EXIT.ok);
    const bad = forbiddenIn(r.files);
    expect(bad.some((f: string) => f.includes('/mammoth/'))).toBe(true);
    expect(bad.some((f: string) => f.endsWith('natural/lib/natural/index.js'))).toBe(true);
  });
});
