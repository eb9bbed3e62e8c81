import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadedModules } from '../../bench/modules.mjs';
import { ROOT } from '../helpers/paths.js';
import * as F from './fixtures.js';

afterAll(F.removeTempDirs);

const BIN = join(ROOT, 'bin/fitcheck.js');

// A preload that keeps the built-ins as the process starts and, at exit, says which of them were replaced.
const WATCH = `const keep = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };
const now = () => ({ push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString });
process.on('exit', () => process.stderr.write('REPLACED ' + JSON.stringify(Object.keys(keep).filter((k) => now()[k] !== keep[k])) + ' GLOBALS ' + JSON.stringify(['DOMMatrix', 'ImageData', 'Path2D'].filter((g) => g in globalThis)) + '\\n'));
`;

/** Run a node script or the bin under the watcher; returns the exit code and what the watcher saw. */
function watched(args: string[]): { code: number | null; replaced: string[]; globals: string[] } {
  const dir = F.tempDir();
  writeFileSync(join(dir, 'watch.mjs'), WATCH);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'watch.mjs')).href, ...args], {
    encoding: 'utf8',
  });
  const m = /REPLACED (\[.*\]) GLOBALS (\[.*\])/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  return { code: r.status, replaced: JSON.parse(m![1]), globals: JSON.parse(m![2]) };
}

describe('reading a PDF leaves the process as it was', () => {
  it('a PDF check through the bin keeps Array.prototype.push, JSON.parse and Function.prototype.toString native', async () => {
    const pdf = F.put(F.tempDir(), 'r.pdf', await F.resumePdf());
    const r = watched([BIN, pdf, 'discover-senior-lead-ml-engineer']);
    expect(r.code).toBe(0);
    expect(r.replaced).toEqual([]);
    expect(r.globals).toEqual([]);
  });

  it('so does the library API (the tsc build) reading a PDF', async () => {
    const pdf = F.put(F.tempDir(), 'r.pdf', await F.resumePdf());
    const script = F.put(
      F.tempDir(),
      'lib.mjs',
      `import { loadDocument } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/load/index.js')).href)};\nconst d = await loadDocument(${JSON.stringify(pdf)});\nif (!d.text.includes('Python')) process.exit(3);\n`,
    );
    const r = watched([script]);
    expect(r.code).toBe(0);
    expect(r.replaced).toEqual([]);
  });

  // The control: without fitcheck's loader, pdf.js's polyfills do replace them on Node 20 (V8 11), so the tests above can fail.
  it.runIf(process.versions.node.startsWith('20.'))(
    'loading pdf-parse plainly replaces Array.prototype.push and JSON.parse on Node 20',
    () => {
      const script = F.put(
        F.tempDir(),
        'plain.cjs',
        `require(${JSON.stringify(join(ROOT, 'node_modules/pdf-parse'))});\n`,
      );
      expect(watched([script]).replaced).toEqual(expect.arrayContaining(['push', 'parse']));
    },
  );

  it('a PDF check opens no native addon (@napi-rs/canvas is for drawing pages)', async () => {
    const pdf = F.put(F.tempDir(), 'r.pdf', await F.resumePdf());
    const r = loadedModules(BIN, [pdf, 'discover-senior-lead-ml-engineer'], {}, { esm: false });
    expect(r.code).toBe(0);
    expect(r.files.some((f: string) => f.includes('/node_modules/pdf-parse/'))).toBe(true);
    expect(r.addons).toEqual([]);
    expect(r.files.filter((f: string) => f.includes('/@napi-rs/'))).toEqual([]);
  });
});
