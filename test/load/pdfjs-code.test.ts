import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFJS_BUNDLE, PDFJS_CACHE, PDFJS_MARK, pdfjsStamp, readCache } from '../../src/load/pdfjs-code.js';
import { ROOT } from '../helpers/paths.js';
import * as F from './fixtures.js';

afterAll(F.removeTempDirs);

const entry = createRequire(import.meta.url).resolve('pdf-parse');
const CODE = pathToFileURL(join(ROOT, 'dist/load/pdfjs-code.js')).href;
// The CLI's V8 flags, under which the build made the cache (V8 refuses a cache made under other flags).
const FLAGS = pathToFileURL(join(ROOT, 'dist/cli/v8-flags.js')).href;

/** The text pdf.js gives for a PDF in a fresh process, with pdf-parse compiled from the code cache (which V8 must accept) or required plainly. */
function textOf(pdf: string, compiled: boolean): string {
  const load = compiled
    ? `(await import(${JSON.stringify(FLAGS)})).setV8Flags();\nconst { PDFJS_BUNDLE, readCache, runPdfjs } = await import(${JSON.stringify(CODE)});\nconst source = (await import('node:fs')).readFileSync(PDFJS_BUNDLE, 'latin1');\nconst { exports: mod, script } = runPdfjs(source, ${JSON.stringify(entry)}, readCache(source));\nif (script.cachedDataRejected !== false) throw new Error('cache not used');`
    : `const mod = (await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(entry)});`;
  const script = F.put(
    F.tempDir(),
    'read.mjs',
    `${load}\nconst p = new mod.PDFParse({ data: new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(pdf)})), verbosity: 0 });\nconst d = await p.load();\nconst out = [];\nfor (let i = 1; i <= d.numPages; i++) out.push((await (await d.getPage(i)).getTextContent()).items.map((it) => [it.str, ...it.transform.map((n) => n.toFixed(2))].join(' ')).join('\\n'));\nawait p.destroy();\nprocess.stdout.write(out.join('\\n\\n'));\n`,
  );
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe("pdf.js compiled with the build's code cache", () => {
  it('npm run build wrote an ASCII script made from the installed pdf-parse, and a cache that fits it and this Node', () => {
    expect(existsSync(PDFJS_BUNDLE)).toBe(true);
    const source = readFileSync(PDFJS_BUNDLE, 'latin1');
    expect(source.startsWith(`${PDFJS_MARK}${pdfjsStamp(entry)} `)).toBe(true);
    expect(/[^\x00-\x7f]/.test(source)).toBe(false);
    expect(existsSync(PDFJS_CACHE)).toBe(true);
    expect(readCache(source)!.length).toBeGreaterThan(100_000);
  });

  it('reads the same text items, at the same places, as pdf-parse required plainly', async () => {
    const pdf = F.put(F.tempDir(), 'two-column.pdf', await F.twoColumnPdf());
    const plain = textOf(pdf, false);
    expect(plain).toContain('Python');
    expect(textOf(pdf, true)).toBe(plain);
  });

  it('ignores a cache made for other files or another Node', () => {
    const path = join(F.tempDir(), 'pdfjs.cache');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from(JSON.stringify({ key: 'v0.0.0 other', sizes: [1] }) + '\n'), Buffer.from('a')]),
    );
    expect(readCache(readFileSync(PDFJS_BUNDLE, 'latin1'), path)).toBeUndefined();
  });
});
