#!/usr/bin/env node
// Node 22+ caches compiled code between runs (a no-op where Node has no compile cache); the bundle loads after it.
import module from 'node:module';

module.enableCompileCache?.();
const { run, processIO } = await import('../dist/fitcheck.js');
process.exitCode = await run(process.argv.slice(2), processIO());
