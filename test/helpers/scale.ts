/**
 * How much of the slow suites a run does: `npm test` a quick sample (FITCHECK_TEST_SCALE=quick, the
 * default), `npm run test:fuzz` everything (full). vitest.config.ts sets it from `--mode fuzz`.
 */
export const FULL_SCALE = process.env.FITCHECK_TEST_SCALE === 'full';

/** Pick the quick or the full value of a knob. */
export const byScale = <T>(quick: T, full: T): T => (FULL_SCALE ? full : quick);
