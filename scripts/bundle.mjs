#!/usr/bin/env node
// Bundles the CLI and the batch worker, each into one file directly in dist/, from tsc's output.
// A check then loads one file of fitcheck code instead of ~100 modules. The library API (dist/index.js)
// stays tsc's build. Not minified, so stack traces name real functions and lines.
//
// Kept out (external), so they still load only when a document needs them: pdf-parse, mammoth, yaml,
// ora. Paths into the package resolve through dist/paths.js, which works from a file directly in dist/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Heavy or optional packages, imported lazily by the code; never copied into a bundle. */
export const EXTERNAL = ['pdf-parse', 'mammoth', 'yaml', 'ora'];

/** The bundles: the bin's entry (run + the process's streams) and the batch worker thread. */
export const BUNDLES = {
  cli: {
    out: 'fitcheck.js',
    source: "export * from './cli/main.js';\n",
  },
  worker: { out: 'fitcheck-worker.js', source: "import './batch/worker.js';\n" },
};

// CommonJS dependencies (commander, natural's stemmer) call require() for Node built-ins; an ES module has none.
const BANNER =
  "import { createRequire as __fitcheckRequire } from 'node:module';\nconst require = __fitcheckRequire(import.meta.url);";

for (const { out, source } of Object.values(BUNDLES)) {
  await build({
    stdin: { contents: source, resolveDir: DIST, sourcefile: `${out} entry`, loader: 'js' },
    outfile: DIST + out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: BANNER },
    legalComments: 'eof',
    logLevel: 'warning',
  });
}
