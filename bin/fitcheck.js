#!/usr/bin/env node
// CommonJS (bin/package.json), as its entry dist/fitcheck.cjs is: a check then loads no ES module loader, whose
// asynchronous read of the main module starts libuv's thread pool. Node 22+ caches compiled code between runs (a
// no-op where Node has no compile cache); the bundle loads after it.
'use strict';
require('node:module').enableCompileCache?.();
const { run, processIO } = require('../dist/fitcheck.cjs');
run(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
