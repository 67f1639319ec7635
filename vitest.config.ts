import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{platform,modules,apps,scripts}/**/*.test.ts'],
    exclude: ['node_modules', 'apps/web/dist'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['platform/testing/globalSetup.ts'],
  },
});
