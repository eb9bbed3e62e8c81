import { defineConfig } from 'vitest/config';

/**
 * Test files that need a process of their own: the regex audit records every `new RegExp` while it imports
 * the CLI (modules another file loaded first would go unrecorded), and the fuzz suite bounds the heap it retains.
 */
const ISOLATED = ['test/fuzz/regex-audit.test.ts', 'test/fuzz/fuzz.test.ts'];

// `npm test` runs everything with a quick sample of the slow suites; `npm run test:fuzz` (`--mode fuzz`)
// runs the fuzz, regex-audit and privacy suites at full scale (test/helpers/scale.ts).
export default defineConfig(({ mode }) => ({
  test: {
    env: { FITCHECK_TEST_SCALE: process.env.FITCHECK_TEST_SCALE ?? (mode === 'fuzz' ? 'full' : 'quick') },
    // No test asserts time. These only stop a real hang: ten times or more what the slowest test takes
    // on a busy two-core machine, so load never reaches them.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      // The other files share their worker's modules: loading the CLI's modules once per worker rather than
      // once per file takes about 40% off the suite's CPU time, which is what a busy machine runs short of.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
    ],
  },
}));
