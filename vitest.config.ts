import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // a busy 2-core machine (npm test beside npm run bench) can take minutes for a notebook or report build
    hookTimeout: 300_000,
    pool: 'forks',
    // The machine has 2 cores: run at most 2 test files at once.
    maxWorkers: 2,
    fileParallelism: true,
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});
