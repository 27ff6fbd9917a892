import { defineConfig } from 'vitest/config';

/** Browser journeys in real Chromium (playwright-core + Debian's /usr/bin/chromium) against the production build. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    setupFiles: ['tests/e2e/support/cspGuard.ts'],
    environment: 'node',
    testTimeout: 180_000, // generous: heavy journeys (every overlay, screenshots) take ~60 s on a loaded 2-core machine
    hookTimeout: 120_000,
    // Two files at a time (one browser each): the suite grew past 13 min run one by one on this 2-core machine;
    // the journeys assert behaviour, never timings, so sharing the cores only makes them slower.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
