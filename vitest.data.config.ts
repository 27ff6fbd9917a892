import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * npm run test:data: tests that read the raw datasets (../shared/data, or $GRIDSCOUT_RAW) and run the full
 * pipeline. Kept out of npm test so a fresh clone without the raw data still passes npm test.
 */
export default defineConfig({
  test: {
    include: ['tests/data/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/fastCheckSetup.ts'],
    // One build of the raw datasets for every data test (tests/data/globalSetup.ts).
    globalSetup: ['tests/data/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    maxWorkers: availableParallelism(), // Vitest's default leaves a core idle (vite.config.ts)
  },
});
