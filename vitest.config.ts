import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The machine has 2 cores: run at most 2 test files at once.
    maxWorkers: 2,
    fileParallelism: true,
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});
