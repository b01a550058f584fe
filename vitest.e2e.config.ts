import { defineProject } from 'vitest/config';

// End-to-end: a real HTTP server and Chromium, driven from Node by Playwright.
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
