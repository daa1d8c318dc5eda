import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the CLI bundle (and the library when stale) for the tests that run bin/bau-cu.cjs.
    globalSetup: ['test/cli/global-setup.ts'],
    testTimeout: 60_000,
    env: { TZ: 'UTC', NO_COLOR: '1', LANG: 'C.UTF-8' },
  },
});
