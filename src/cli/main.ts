/** The bin's entry, bundled into dist/fitcheck.js: the CLI and the process's own streams, nothing else. */
export { run } from './run.js';
export { processIO } from './io.js';
