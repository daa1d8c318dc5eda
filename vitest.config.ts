import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    env: { TZ: 'UTC', NO_COLOR: '1', LANG: 'C.UTF-8' },
  },
});
