// Runs in the test browser before the stories (Vitest only, never in the Storybook UI).
// Key presses from `storybook/test`'s userEvent are synthetic: the browser ignores them for its
// own behaviour, such as a modal <dialog> closing on Escape. Vitest's userEvent drives the real
// keyboard through Playwright, so the play functions use it when it is there (see
// stories/support/play.ts).
import { userEvent } from 'vitest/browser';

declare global {
  var __rprTrustedKeyboard: ((text: string) => Promise<void>) | undefined;
}

globalThis.__rprTrustedKeyboard = (text) => userEvent.keyboard(text);
