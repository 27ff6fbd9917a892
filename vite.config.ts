import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serveDataFolder } from './scripts/vite/serveDataFolder.ts';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';
import { precompressAssets } from './scripts/vite/precompress.ts';
import { preloadGrid } from './scripts/vite/preloadGrid.ts';

export default defineConfig({
  // precompressAssets last: it compresses the finished build folder and serves it from `vite preview`.
  plugins: [react(), serveDataFolder(), preloadGrid(), contentSecurityPolicy(), precompressAssets()],
  // zod without eval under the CSP: see src/zodConfig.ts.
  resolve: {
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/zodConfig.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks the page loads at start and which on demand (npm run check:bundle).
    manifest: true,
    // maplibre-gl is one ~1,000 kB (minified) chunk of its own and cannot be split further; the app's own
    // chunks are far below. A larger chunk than this means something heavy joined the page load.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The map library in its own chunk: the app changes more often than it does, so browsers keep it cached.
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Only the lazy import, export and comparison chunks use papaparse: kept out of the shared chunks the
            // page loads at start.
            { name: 'papaparse', test: /node_modules[\\/]papaparse[\\/]/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/fastCheckSetup.ts'],
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where two cut npm test from
    // ~150 to ~100 s.
    maxWorkers: availableParallelism(),
  },
});
