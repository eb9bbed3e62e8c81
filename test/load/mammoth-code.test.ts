import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  installedVersion,
  MAMMOTH_BUNDLE,
  MAMMOTH_CACHE,
  MAMMOTH_MARK,
  mammothCacheKey,
} from '../../src/load/mammoth-code.js';
import { ROOT } from '../helpers/paths.js';
import * as F from './fixtures.js';

afterAll(F.removeTempDirs);

const CODE = pathToFileURL(join(ROOT, 'dist/load/mammoth-code.js')).href;
// The CLI's V8 flags, under which the build made the cache (V8 refuses a cache made under other flags).
const FLAGS = pathToFileURL(join(ROOT, 'dist/cli/v8-flags.js')).href;
const PACKAGE = pathToFileURL(createRequire(import.meta.url).resolve('mammoth')).href;

/** The HTML mammoth gives for a DOCX in a fresh process: from the build's bundle and cache (which V8 must accept), or the package. */
function htmlOf(docx: string, bundled: boolean): string {
  const load = bundled
    ? `(await import(${JSON.stringify(FLAGS)})).setV8Flags();\nconst { compileMammoth, MAMMOTH_BUNDLE } = await import(${JSON.stringify(CODE)});\nconst { exports: m, script } = compileMammoth((await import('node:fs')).readFileSync(MAMMOTH_BUNDLE, 'utf8'));\nif (script.cachedDataRejected !== false) throw new Error('cache not used');`
    : `const m = (await import(${JSON.stringify(PACKAGE)})).default;`;
  const script = F.put(
    F.tempDir(),
    'read.mjs',
    `${load}\nconst r = await m.convertToHtml({ buffer: (await import('node:fs')).readFileSync(${JSON.stringify(docx)}) }, { convertImage: m.images.imgElement(async () => ({ src: '' })) });\nprocess.stdout.write(r.value);\n`,
  );
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe("mammoth bundled and compiled with the build's code cache", () => {
  it('npm run build wrote a bundle of the installed mammoth and a cache for it', () => {
    const source = readFileSync(MAMMOTH_BUNDLE, 'utf8');
    expect(source.slice(source.lastIndexOf(MAMMOTH_MARK) + MAMMOTH_MARK.length).split(' ')[0]).toBe(installedVersion());
    expect(existsSync(MAMMOTH_CACHE)).toBe(true);
    const data = readFileSync(MAMMOTH_CACHE);
    expect(JSON.parse(data.subarray(0, data.indexOf(10)).toString()).key).toBe(mammothCacheKey(source));
  });

  it('the bundle converts a DOCX to the same HTML as the package', async () => {
    const docx = F.put(F.tempDir(), 'r.docx', await F.resumeDocx());
    const html = htmlOf(docx, true);
    expect(html).toContain('<h1>');
    expect(html).toBe(htmlOf(docx, false));
  });
});
