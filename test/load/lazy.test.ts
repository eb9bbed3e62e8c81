import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { example, ROOT } from '../helpers/paths.js';
import * as F from './fixtures.js';
import { EXIT } from '../../src/cli/run.js';

afterAll(F.removeTempDirs);

/** Run the built CLI with a module-resolution hook that records every import, and return the specifiers. */
function importsOf(args: string[]): string[] {
  const dir = F.tempDir();
  const trace = join(dir, 'trace.txt');
  writeFileSync(trace, '');
  writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { appendFileSync(${JSON.stringify(trace)}, s + '\\n'); return next(s, c); }\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  const r = spawnSync('node', ['--import', pathToFileURL(join(dir, 'register.mjs')).href, join(ROOT, 'bin/fitcheck.js'), ...args, 'discover-senior-lead-ml-engineer'], { encoding: 'utf8' });
  expect(r.status).toBe(EXIT.ok);
  return readFileSync(trace, 'utf8').split('\n');
}

describe('heavy parsers load only when a document needs them', () => {
  it('a text check imports neither pdf-parse, mammoth nor yaml', () => {
    const seen = importsOf([example('ml-engineer-strong.md')]);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((s) => /^(pdf-parse|mammoth|yaml)$/.test(s))).toEqual([]);
  });
  it('a PDF check imports pdf-parse (and still not mammoth)', async () => {
    const seen = importsOf([F.put(F.tempDir(), 'r.pdf', await F.resumePdf())]);
    expect(seen).toContain('pdf-parse');
    expect(seen).not.toContain('mammoth');
  });
});
