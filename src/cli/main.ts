/** The CLI bundle's entry (dist/fitcheck-cli.cjs, compiled by src/cli/code-cache.ts): the CLI and the process's own streams, nothing else. */
export { run } from './run.js';
export { processIO } from './io.js';
