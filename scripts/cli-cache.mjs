#!/usr/bin/env node
// Writes dist/fitcheck-cli.cache: V8's compiled code for the CLI bundle, taken after it has run text checks of
// the bundled example resumes against the bundled jobs (text and JSON reports) and an inspect, so the
// functions a check runs are in it. Used by src/cli/code-cache.ts; tied to this Node, these V8 flags and this
// very bundle, and ignored (the bundle compiled from its source) when any of them changes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, CLI_CACHE, cliCacheFile, compileCli } from '../dist/cli/code-cache.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { exports: cli, script } = compileCli({ useCache: false });
const io = {
  stdout: () => {},
  stderr: () => {},
  env: {},
  now: () => new Date('2026-01-01T00:00:00Z'),
  stdoutIsTTY: false,
  stderrIsTTY: false,
  cwd: ROOT,
  readStdin: async () => Buffer.alloc(0),
};
const examples = readdirSync(join(ROOT, 'examples')).map((f) => join(ROOT, 'examples', f));
const jobs = readdirSync(join(ROOT, 'jobs')).map((f) => join(ROOT, 'jobs', f));
for (const resume of examples)
  for (const [i, job] of jobs.entries()) {
    const code = await cli.run([resume, job, ...(i % 2 ? ['--format', 'json'] : [])], io);
    if (code !== 0) throw new Error(`cli-cache: the check of ${resume} against ${job} exited ${code}`);
  }
await cli.run(['inspect', examples[0]], io);
writeFileSync(CLI_CACHE, cliCacheFile(script, readFileSync(CLI_BUNDLE, 'utf8')));
