// Preload (`node --import`) that writes every module a process loaded to $FITCHECK_TRACE_MODULES at exit:
// ES modules through a resolve hook (it runs on the loader thread, so it appends as it goes),
// CommonJS modules from the require cache. Used by the startup test and `npm run bench`.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const out = process.env.FITCHECK_TRACE_MODULES;
if (out && isMainThread) {
  register('./trace-resolve.mjs', import.meta.url, { data: { out } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const cjs = Object.keys(require.cache).map((p) => `cjs ${p}`);
    appendFileSync(out, cjs.join('\n') + '\n');
  });
}
