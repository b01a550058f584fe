// Runtime measurements for `npm run bench`: jsdom, one file at a time, GC exposed for heap deltas.
// Kept out of `npm test` (the unit project only includes test/); nothing here asserts a time.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [react()],
  test: {
    name: 'bench',
    environment: 'jsdom',
    include: ['bench/runtime/**/*.measure.{ts,tsx}'],
    // The dialog stand-in jsdom lacks (showModal/close), shared with the unit tests.
    setupFiles: ['test/setup.ts'],
    globals: true,
    pool: 'forks',
    execArgv: ['--expose-gc'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
