// Exit motion in a real Chromium: closing a dialog hands focus and state back at once, while the
// closed, inert element fades out; with reduced motion it is gone at once. The same for the
// provider's automatic UI, which keeps the closed prompt mounted until its motion has played.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { buildAndServePage, type RunningServer } from './servers';

const APP_DIR = resolve(import.meta.dirname, 'dialogMotion');

let site: RunningServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  site = await buildAndServePage(APP_DIR, [react()]);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface ClosingView {
  dialogInDocument: boolean;
  dialogOpen: boolean;
  dialogInert: boolean;
  runningTransitions: string[];
  backdropTransitions: string[];
  translateTo: string;
  opacity: number;
  focused: string;
  state: string;
}

async function openDialog(reducedMotion: 'reduce' | 'no-preference', viewport = { width: 1024, height: 768 }): Promise<Page> {
  const page = await browser!.newPage({ reducedMotion, viewport });
  page.setDefaultTimeout(10_000);
  await page.goto(site!.origin);
  await page.getByRole('button', { name: 'Fix billing' }).click();
  await expect.poll(() => page.getByRole('dialog', { name: 'Payment needed' }).isVisible()).toBe(true);
  // Settled: the entrance has played, as when a user reads the dialog and then closes it.
  await expect.poll(() => page.evaluate(() => document.querySelector('dialog')!.getAnimations().length)).toBe(0);
  return page;
}

/** Clicks "Not now" and, in the same task, reads what the page shows: React has committed (in a microtask), no frame has passed. */
const closeAndLook = (page: Page) =>
  page.evaluate(async (): Promise<ClosingView> => {
    const close = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Not now')!;
    close.click();
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    const dialog = document.querySelector('dialog');
    return {
      dialogInDocument: dialog !== null,
      dialogOpen: dialog?.open ?? false,
      dialogInert: dialog?.inert ?? false,
      runningTransitions: (dialog?.getAnimations() ?? []).map((animation) => (animation as CSSTransition).transitionProperty).sort(),
      backdropTransitions: (dialog?.getAnimations({ subtree: true }) ?? [])
        .filter((animation) => (animation.effect as KeyframeEffect | null)?.pseudoElement === '::backdrop')
        .map((animation) => (animation as CSSTransition).transitionProperty)
        .sort(),
      translateTo: String(
        (dialog?.getAnimations() ?? [])
          .filter((animation) => (animation as CSSTransition).transitionProperty === 'translate')
          .map((animation) => (animation.effect as KeyframeEffect).getKeyframes().at(-1)?.translate)[0],
      ),
      opacity: dialog ? Number(getComputedStyle(dialog).opacity) : 0,
      focused: document.activeElement?.textContent ?? '',
      state: document.querySelector('[data-testid="state"]')!.textContent ?? '',
    };
  });

describe('closing a dialog', () => {
  test('animates out, already closed and inert, with focus and state handed back at once', async () => {
    const page = await openDialog('no-preference');
    try {
      const closing = await closeAndLook(page);
      expect(closing).toMatchObject({
        dialogInDocument: true,
        dialogOpen: false,
        dialogInert: true,
        focused: 'Fix billing',
        state: 'closed',
      });
      expect(closing.runningTransitions).toEqual(['display', 'opacity', 'overlay', 'translate']);
      expect(closing.backdropTransitions).toEqual(['opacity']);
      // Still painted: the fade starts from the open dialog's full opacity.
      expect(closing.opacity).toBe(1);
      // Then nothing is left behind.
      await expect.poll(() => page.evaluate(() => document.querySelector('dialog') === null)).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('at 390 px, slides down as a bottom sheet', async () => {
    const page = await openDialog('no-preference', { width: 390, height: 844 });
    try {
      const closing = await closeAndLook(page);
      expect(closing).toMatchObject({ dialogInDocument: true, dialogOpen: false, focused: 'Fix billing', state: 'closed' });
      expect(closing.translateTo).toBe('0px 100%');
      await expect.poll(() => page.evaluate(() => document.querySelector('dialog') === null)).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('with reduced motion, is gone at once', async () => {
    const page = await openDialog('reduce');
    try {
      const closing = await closeAndLook(page);
      expect(closing).toMatchObject({ dialogInDocument: false, focused: 'Fix billing', state: 'closed' });
    } finally {
      await page.close();
    }
  });

  test('opens again, on the same element, when asked while it animates out', async () => {
    const page = await openDialog('no-preference');
    try {
      const reopened = await page.evaluate(async () => {
        const button = (name: string) => [...document.querySelectorAll('button')].find((each) => each.textContent === name)!;
        const committed = () => new Promise<void>((resolve) => queueMicrotask(resolve));
        button('Not now').click();
        await committed();
        const closing = document.querySelector('dialog');
        button('Fix billing').click();
        await committed();
        const dialogs = [...document.querySelectorAll('dialog')];
        return { count: dialogs.length, same: dialogs[0] === closing, open: dialogs[0]?.open, inert: dialogs[0]?.inert };
      });
      expect(reopened).toEqual({ count: 1, same: true, open: true, inert: false });
      // And it stays once the motion cut short has settled: the abandoned exit unmounts nothing.
      await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.getAnimations().length)).toBe(0);
      expect(await page.getByRole('dialog', { name: 'Payment needed' }).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe("the provider's automatic UI", () => {
  async function openIncident(reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
    const page = await browser!.newPage({ reducedMotion, viewport: { width: 1024, height: 768 } });
    page.setDefaultTimeout(10_000);
    await page.goto(site!.origin);
    await page.getByRole('button', { name: 'Report a 402' }).click();
    await expect.poll(() => page.locator('dialog[data-reason="payment_method_required"]').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')!.getAnimations().length)).toBe(0);
    return page;
  }

  /** Dismisses the incident with "Not now" and reads, before any frame, what is left of its dialog. */
  const dismissAndLook = (page: Page) =>
    page.evaluate(async () => {
      const dialog = document.querySelector('dialog')!;
      [...dialog.querySelectorAll('button')].find((button) => button.textContent === 'Not now')!.click();
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      return {
        dialogInDocument: dialog.isConnected,
        dialogOpen: dialog.open,
        dialogInert: dialog.inert,
        runningTransitions: (dialog.isConnected ? dialog.getAnimations() : []).map((animation) => (animation as CSSTransition).transitionProperty).sort(),
        focused: document.activeElement?.textContent ?? '',
      };
    });

  test('a dismissed incident’s prompt animates out, closed and inert, then leaves nothing behind', async () => {
    const page = await openIncident('no-preference');
    try {
      const closing = await dismissAndLook(page);
      expect(closing).toMatchObject({ dialogInDocument: true, dialogOpen: false, dialogInert: true, focused: 'Report a 402' });
      expect(closing.runningTransitions).toEqual(['display', 'opacity', 'overlay', 'translate']);
      await expect.poll(() => page.evaluate(() => document.querySelector('dialog') === null)).toBe(true);
      // Nothing of the closed prompt stays in the page once it has gone.
      expect(await page.evaluate(() => document.querySelector('[data-rpr-root]:not([aria-hidden])'))).toBeNull();
    } finally {
      await page.close();
    }
  });

  test('a new incident during the exit opens at once', async () => {
    const page = await openIncident('no-preference');
    try {
      const next = await page.evaluate(async () => {
        const committed = () => new Promise<void>((resolve) => queueMicrotask(resolve));
        [...document.querySelector('dialog')!.querySelectorAll('button')].find((button) => button.textContent === 'Not now')!.click();
        await committed();
        [...document.querySelectorAll('button')].find((button) => button.textContent === 'Report a 402')!.click();
        await committed();
        return [...document.querySelectorAll('dialog')].map((dialog) => dialog.open);
      });
      expect(next).toEqual([true]);
    } finally {
      await page.close();
    }
  });

  test('with reduced motion, the prompt is gone at once', async () => {
    const page = await openIncident('reduce');
    try {
      expect(await dismissAndLook(page)).toMatchObject({ dialogInDocument: false, focused: 'Report a 402' });
    } finally {
      await page.close();
    }
  });
});
