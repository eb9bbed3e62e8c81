import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Plain JS helper shared with the benchmark: traces ES modules, CommonJS modules and addons the process loaded.
import { loadedModules } from '../../bench/modules.mjs';
import { example, ROOT } from '../helpers/paths.js';
import * as F from './fixtures.js';
import { EXIT } from '../../src/cli/run.js';

afterAll(F.removeTempDirs);

const BIN = join(ROOT, 'bin/fitcheck.js');
const HEAVY = ['pdf-parse', 'pdfjs-dist', 'mammoth', 'yaml', '@napi-rs/canvas'];

/** The heavy packages the built CLI loaded (any file of theirs) for one check, through the bundle. */
function heavyLoaded(resume: string): string[] {
  const r = loadedModules(BIN, [resume, 'discover-senior-lead-ml-engineer']);
  expect(r.code).toBe(EXIT.ok);
  expect(r.files).toContain(join(ROOT, 'dist/fitcheck.cjs'));
  // mammoth comes from its bundle (dist/mammoth.cjs, src/load/mammoth-code.ts) when the build made one.
  const bundled = (p: string) => p === 'mammoth' && r.files.includes(join(ROOT, 'dist/mammoth.cjs'));
  return HEAVY.filter((p) => bundled(p) || r.files.some((f: string) => f.includes(`/node_modules/${p}/`)));
}

describe('heavy parsers load only when a document needs them', () => {
  it('a text check loads neither pdf-parse, mammoth nor yaml', () => {
    expect(heavyLoaded(example('ml-engineer-strong.md'))).toEqual([]);
  });
  it('a PDF check loads pdf-parse, and neither mammoth, yaml nor the canvas addon', async () => {
    expect(heavyLoaded(F.put(F.tempDir(), 'r.pdf', await F.resumePdf()))).toEqual(['pdf-parse']);
  });
  it('a DOCX check loads mammoth and not pdf-parse', async () => {
    expect(heavyLoaded(F.put(F.tempDir(), 'r.docx', await F.resumeDocx()))).toEqual(['mammoth']);
  });
  it('a YAML resume loads yaml only', () => {
    expect(
      heavyLoaded(
        F.put(
          F.tempDir(),
          'r.yaml',
          'basics:\n  name: Sam Carter\nwork:\n  - position: Data Engineer\n    name: Acme\n    startDate: 2019-01\n',
        ),
      ),
    ).toEqual(['yaml']);
  });
});
