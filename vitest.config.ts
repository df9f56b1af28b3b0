import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds of the site happen once, before any test file runs (see tests/support/global-setup.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Build-output tests read from shared dist folders; file-level parallelism is enough.
    pool: 'forks',
  },
});
