import { defineConfig } from 'vitest/config';

// `npm test` runs everything with a quick sample of the slow suites; `npm run test:fuzz` (`--mode fuzz`)
// runs the fuzz, regex-audit and privacy suites at full scale (test/helpers/scale.ts).
export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts'],
    env: { FITCHECK_TEST_SCALE: process.env.FITCHECK_TEST_SCALE ?? (mode === 'fuzz' ? 'full' : 'quick') },
    // No test asserts time. These only stop a real hang: ten times or more what the slowest test takes
    // on a busy two-core machine, so load never reaches them.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
}));
