import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/e2e/chromium.ts';

// Every story is a test: rendered in Chromium, its play function run, axe run on the result
// (`parameters.a11y.test = 'error'` in .storybook/preview.tsx makes violations fail).
export default defineProject({
  plugins: [react(), storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    // Gives play functions real key presses (Escape on a native <dialog>); see the file.
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        // Entrance animations start at opacity 0; tests look at the settled UI.
        contextOptions: { reducedMotion: 'reduce' },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
