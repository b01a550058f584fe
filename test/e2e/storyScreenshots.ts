// Screenshots of built Storybook stories, and a tolerant comparison with committed baselines.
// One page per viewport and scheme walks through its stories by Storybook's own channel (no
// reload per story), with the clock frozen and motion reduced so countdowns and entry animations
// look the same on every run. PNGs are compared in the browser (canvas pixels), so no image
// library is needed.
import type { Browser, Page } from 'playwright';

/** The instant every screenshot is taken at: countdowns and "expires" dates never drift. */
export const FROZEN_TIME = new Date('2026-03-02T09:30:00Z');

/** One page of screenshots: the viewport and toolbar globals shared by its stories. */
export interface ShotGroup {
  width: number;
  height: number;
  /** Storybook globals, e.g. `{ theme: 'dark' }` or `{ locale: 'ar' }` (right to left). */
  globals: Record<string, string>;
  /** File-name suffix, e.g. `390-light`. */
  name: string;
  storyIds: string[];
}

/** How far two screenshots may differ: channels within `channelTolerance`, at most `maxDiffRatio` of pixels. */
export interface Tolerance {
  channelTolerance: number;
  maxDiffRatio: number;
}

/** Antialiasing and subpixel text may shift a little between machines; layout changes move far more. */
export const DEFAULT_TOLERANCE: Tolerance = { channelTolerance: 24, maxDiffRatio: 0.002 };

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
  __STORYBOOK_ADDONS_CHANNEL__?: { emit: (event: string, payload: unknown) => void };
}

// Components that remember something for the whole page (a micropayment paid on this page is
// "Already paid" everywhere after): their stories get a fresh page, so no story sees another's payment.
const FRESH_PAGE_FOR = ['components-micropaymentprompt--'];

const storyUrls = new WeakMap<Page, (storyId: string) => string>();

const FOCUS_RING_OFF = ':focus-visible { outline-color: transparent !important; }';

/** Opens the preview of `origin` at the group's size and globals, clock frozen, motion reduced. */
export async function openStoryPage(browser: Browser, origin: string, group: ShotGroup): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: group.width, height: group.height },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  // Date.now() is fixed while timers keep running, so play functions still wait and click.
  await page.clock.setFixedTime(FROZEN_TIME);
  const globals = Object.entries(group.globals)
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  const url = (storyId: string) => `${origin}/iframe.html?id=${storyId}&viewMode=story&globals=${globals}`;
  storyUrls.set(page, url);
  await loadStory(page, url(group.storyIds[0]!), group.storyIds[0]!);
  return page;
}

async function loadStory(page: Page, url: string, storyId: string): Promise<void> {
  await page.goto(url);
  await waitForStory(page, storyId);
  // Whether a focused control shows its focus ring depends on the browser's guess at keyboard use,
  // which differs between runs; focus itself is checked by the stories' play functions.
  await page.addStyleTag({ content: FOCUS_RING_OFF });
}

/** Waits until the story rendered, played and ran its checks (Storybook's `finished` phase). */
async function waitForStory(page: Page, storyId: string): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === id && (render.phase === 'finished' || render.phase === 'errored' || render.phase === 'aborted');
    },
    storyId,
    { timeout: 30_000, polling: 50 },
  );
  // Fonts and the frame after the last state change.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
}

/** Shows a story in an open page (the first one is already showing) and screenshots the viewport. */
export async function screenshotStory(page: Page, storyId: string): Promise<Buffer> {
  const showing = await page.evaluate(() => (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.id);
  const url = storyUrls.get(page);
  if (showing !== storyId && url && FRESH_PAGE_FOR.some((prefix) => storyId.startsWith(prefix))) {
    await loadStory(page, url(storyId), storyId);
  } else if (showing !== storyId) {
    await page.evaluate((id) => {
      (document.activeElement as HTMLElement | null)?.blur?.();
      (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__?.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    }, storyId);
    await waitForStory(page, storyId);
  }
  // A play function's last click may still be settling (a handler's promise, a state update):
  // wait until two screenshots in a row agree, as Playwright's own screenshot assertion does.
  let previous = await page.screenshot(SCREENSHOT);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await page.waitForTimeout(150);
    const next = await page.screenshot(SCREENSHOT);
    if (next.equals(previous)) return next;
    previous = next;
  }
  return previous;
}

const SCREENSHOT = { animations: 'disabled', caret: 'hide', scale: 'css' } as const;

/** Result of comparing two PNGs. */
export interface Comparison {
  sameSize: boolean;
  differentPixels: number;
  totalPixels: number;
}

/** Compares two PNGs pixel by pixel in `page` (any page; it only draws on a canvas). */
export async function comparePngs(page: Page, actual: Buffer, expected: Buffer, tolerance: Tolerance): Promise<Comparison> {
  return page.evaluate(
    async ([a, b, channelTolerance]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [left, right] = await Promise.all([decode(a), decode(b)]);
      const totalPixels = left.width * left.height;
      if (left.width !== right.width || left.height !== right.height) return { sameSize: false, differentPixels: totalPixels, totalPixels };
      let differentPixels = 0;
      for (let index = 0; index < left.data.length; index += 4) {
        for (let channel = 0; channel < 4; channel += 1) {
          if (Math.abs(left.data[index + channel]! - right.data[index + channel]!) > channelTolerance) {
            differentPixels += 1;
            break;
          }
        }
      }
      return { sameSize: true, differentPixels, totalPixels };
    },
    [actual.toString('base64'), expected.toString('base64'), tolerance.channelTolerance] as const,
  );
}

/** Whether a comparison is within tolerance. */
export function withinTolerance(comparison: Comparison, tolerance: Tolerance): boolean {
  return comparison.sameSize && comparison.differentPixels <= comparison.totalPixels * tolerance.maxDiffRatio;
}
