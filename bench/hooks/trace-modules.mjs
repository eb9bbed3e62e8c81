// Preload (`node --import`) that writes every module a process loaded to $FITCHECK_TRACE_MODULES at exit:
// ES modules through a resolve hook (it runs on the loader thread, so it appends as it goes; see FITCHECK_TRACE_ESM),
// CommonJS modules from the require cache, Node built-ins from process.moduleLoadList ("builtin zlib") and
// native addons the process opened ("addon /path/x.node", from the shared objects of a diagnostic report).
// Used by the startup tests and `npm run bench`.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const out = process.env.FITCHECK_TRACE_MODULES;
// Worker threads run preloads too and share the pid; this marks the main thread without loading worker_threads,
// which the trace must be able to see the program load.
const MAIN = 'FITCHECK_TRACE_MAIN_PID';
if (out && process.env[MAIN] !== String(process.pid)) {
  process.env[MAIN] = String(process.pid);
  // The resolve hook runs on a loader thread, which loads worker_threads itself: FITCHECK_TRACE_ESM=0 leaves
  // it out, so the built-ins listed are the program's own.
  if (process.env.FITCHECK_TRACE_ESM !== '0') register('./trace-resolve.mjs', import.meta.url, { data: { out } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const cjs = Object.keys(require.cache).map((p) => `cjs ${p}`);
    const builtins = process.moduleLoadList
      .filter((m) => /^NativeModule (?!internal\/)/.test(m))
      .map((m) => `builtin ${m.slice(13)}`);
    const addons = process.report
      .getReport()
      .sharedObjects.filter((p) => p.endsWith('.node'))
      .map((p) => `addon ${p}`);
    appendFileSync(out, [...cjs, ...builtins, ...addons].join('\n') + '\n');
  });
}
