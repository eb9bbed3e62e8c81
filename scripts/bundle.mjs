#!/usr/bin/env node
// Bundles the CLI and the batch worker, each into one file directly in dist/, from tsc's output.
// A check then loads one file of fitcheck code instead of ~100 modules. The library API (dist/index.js)
// stays tsc's build. Not minified, so stack traces name real functions and lines.
//
// The CLI is a CommonJS file (dist/fitcheck-cli.cjs) so that src/cli/code-cache.ts can compile it with V8's
// code cache (Node 20 caches no ES module); its last line is a hash of its text, which ties a cache to it.
// dist/fitcheck.cjs, what the bin requires, is the small file that does that. Both bin and entry are CommonJS:
// a start then loads no ES module loader (seven more built-ins, and the async read of the main module that
// starts libuv's four threads). A script compiled from a
// cache loses its import() callback on Node 20 ("A dynamic import callback was not specified"), so the CLI's
// import() of a package is a call of __fitcheckImport, which code-cache.ts passes in (Node's own import()).
//
// Kept out (external), so they still load only when a document needs them: pdf-parse, mammoth, yaml,
// ora. Paths into the package resolve through dist/paths.js, which works from a file directly in dist/.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Heavy or optional packages, imported lazily by the code; never copied into a bundle. */
export const EXTERNAL = ['pdf-parse', 'mammoth', 'yaml', 'ora'];

// CommonJS dependencies (commander, natural's stemmer) call require() for Node built-ins; an ES module has none.
const ESM_BANNER =
  "import { createRequire as __fitcheckRequire } from 'node:module';\nconst require = __fitcheckRequire(import.meta.url);";
// A CommonJS file has no import.meta; its URL comes from its own file name.
const CJS_BANNER = 'var __fitcheckUrl = require("node:url").pathToFileURL(__filename).href;';

/** The bundles: the bin's entry, the CLI it compiles (with a code cache) and the batch worker thread. */
export const BUNDLES = {
  entry: { out: 'fitcheck.cjs', source: "module.exports = require('./cli/entry.js');\n", format: 'cjs' },
  cli: {
    out: 'fitcheck-cli.cjs',
    source: "module.exports = require('./cli/main.js');\n",
    format: 'cjs',
    cached: true,
  },
  worker: { out: 'fitcheck-worker.js', source: "import './batch/worker.js';\n" },
};

// commander loads node:child_process (with net, dgram, …: ~10 M instructions of a start) for its executable
// subcommands, which fitcheck has none of: in the bundles it loads on the first spawn instead.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      if (!text.includes(CHILD_PROCESS)) throw new Error(`bundle: ${path} no longer has: ${CHILD_PROCESS}`);
      const lazy = "const childProcess = { get spawn() { return require('node:child_process').spawn; } };";
      return { contents: text.replace(CHILD_PROCESS, lazy), loader: 'js' };
    });
  },
};

/** The CLI bundle with each import() of an external package made a call of __fitcheckImport; no other import() left. */
function ownImports(text) {
  const names = EXTERNAL.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  const out = text.replace(new RegExp(`\\bimport\\((["'])(${names})\\1\\)`, 'g'), '__fitcheckImport("$2")');
  const left = /\bimport\(/.exec(out);
  if (left) throw new Error(`bundle: an import() the CLI bundle cannot run: ${out.slice(left.index, left.index + 60)}`);
  return out;
}

for (const { out, source, format = 'esm', cached = false } of Object.values(BUNDLES)) {
  const result = await build({
    stdin: { contents: source, resolveDir: DIST, sourcefile: `${out} entry`, loader: 'js' },
    outfile: DIST + out,
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    external: EXTERNAL,
    banner: { js: format === 'cjs' ? CJS_BANNER : ESM_BANNER },
    define: format === 'cjs' ? { 'import.meta.url': '__fitcheckUrl' } : {},
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [lazyChildProcess],
    write: false,
  });
  // Only the cached bundle needs its import() calls passed in and the build hash its cache is tied to.
  const text = cached ? ownImports(result.outputFiles[0].text) : result.outputFiles[0].text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
  writeFileSync(DIST + out, cached ? `${text}//# fitcheck-build=${hash}\n` : text);
}
