/**
 * The bin's entry, bundled into dist/fitcheck.cjs (CommonJS, as the bin is): compiles the CLI bundle with its code cache and hands on
 * what it exports (the CLI and the process's own streams).
 */
import { compileCli } from './code-cache.js';

const cli = compileCli().exports;

/** Run fitcheck with arguments (without node and script) and return the exit code. */
export const run = cli.run;
/** The real process's streams. */
export const processIO = cli.processIO;
