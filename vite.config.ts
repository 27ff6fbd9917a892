import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serveDataFolder } from './scripts/vite/serveDataFolder.ts';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';

export default defineConfig({
  plugins: [react(), serveDataFolder(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/fastCheckSetup.ts'],
    testTimeout: 60_000,
  },
});
