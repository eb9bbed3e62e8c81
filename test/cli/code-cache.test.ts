// The CLI bundle compiled with the build's V8 code cache (src/cli/code-cache.ts): used when it fits, ignored
// when it does not, and the same output either way.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, readCliCache } from '../../src/cli/code-cache.js';
import { EXIT } from '../../src/cli/run.js';
import { example, job, ROOT } from '../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'fitcheck-code-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** In a fresh process of a built package at `root`: how the CLI compiled, and a JSON check's exit code and output. */
function compiledCheck(root: string, options = '{}') {
  const code = pathToFileURL(join(root, 'dist/cli/code-cache.js')).href;
  const script = join(tmp, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    script,
    `const { compileCli } = await import(${JSON.stringify(code)});\n` +
      `const cli = compileCli(${options});\nlet out = '';\n` +
      `const io = { ...cli.exports.processIO(), stdout: (t) => (out += t) };\n` +
      `const exit = await cli.exports.run([${JSON.stringify(example('ml-engineer-strong.md'))}, ${JSON.stringify(job('senior-ml-engineer-job-profile'))}, '-f', 'json', '--as-of', '2026-11-01'], io);\n` +
      `process.stdout.write(JSON.stringify({ cache: cli.cache, exit, out }));\n`,
  );
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { cache: string; exit: number; out: string };
}

describe("the CLI compiled with the build's code cache", () => {
  it('uses the cache npm run build wrote, and prints what the bundle compiled from its source prints', () => {
    const cached = compiledCheck(ROOT);
    expect(cached.cache).toBe('used');
    expect(cached.exit).toBe(EXIT.ok);
    const fresh = compiledCheck(ROOT, '{ useCache: false }');
    expect(fresh.cache).toBe('none');
    expect(cached.out).toBe(fresh.out);
    expect(JSON.parse(cached.out).score).toBeTypeOf('number');
  });

  it('ignores the cache of another build of the bundle: the edited bundle runs from its source', () => {
    // A copy of the built package whose bundle is edited after the build, its cache left as built.
    for (const dir of ['bin', 'dist', 'data', 'jobs', 'examples', 'package.json'])
      cpSync(join(ROOT, dir), join(tmp, 'copy', dir), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'copy/node_modules'));
    const bundle = join(tmp, 'copy/dist/fitcheck-cli.cjs');
    writeFileSync(bundle, `// edited\n${spawnSync('cat', [bundle], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout}`);
    const r = compiledCheck(join(tmp, 'copy'));
    expect(r.cache).toBe('none');
    expect(r.exit).toBe(EXIT.ok);
    expect(r.out).toBe(compiledCheck(ROOT).out);
  });

  it('ties a cache to the Node, the flags and the bundle: another key reads nothing', () => {
    const path = join(tmp, 'other.cache');
    // The cache file format (src/load/code-cache-file.ts): a JSON header line with the key and blob sizes.
    writeFileSync(
      path,
      Buffer.concat([Buffer.from(JSON.stringify({ key: 'v0.0.0 other', sizes: [2] }) + '\n'), Buffer.from('ab')]),
    );
    expect(readCliCache(cacheKey('var a = 1;\n//# fitcheck-build=abc\n'), path)).toBeUndefined();
    expect(readCliCache('v0.0.0 other', path)?.toString()).toBe('ab');
    expect(cacheKey('x\n//# fitcheck-build=abc\n')).not.toBe(cacheKey('x\n//# fitcheck-build=abd\n'));
    expect(cacheKey('x\n//# fitcheck-build=abc\n')).toContain(process.version);
  });
});
