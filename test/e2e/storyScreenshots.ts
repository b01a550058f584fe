// Screenshots of built Storybook stories, and a tolerant comparison with committed baselines.
//
// Fast on purpose (CI has a 15-minute budget and one Chromium on 2 cores): a page renders each
// story once, with its play function, in the light scheme at the first width; the dark and right
// to left states are the same story re-rendered with other toolbar globals (Storybook re-renders
// without remounting or playing again), and each width is a viewport resize of that state. Each
// state is screenshot once, after the DOM has been quiet for a moment (no second shot to compare).
// Storybook's automatic axe run is switched off here (`a11y.manual`): the story tests run it.
// The clock is frozen and motion reduced, so countdowns and entry animations look the same on
// every run. PNGs are compared in the browser (canvas pixels), so no image library is needed.
import type { Browser, Page } from 'playwright';

/** The instant every screenshot is taken at: countdowns and "expires" dates never drift. */
export const FROZEN_TIME = new Date('2026-03-02T09:30:00Z');

/** A toolbar state every story is shown in, e.g. `{ name: 'dark', globals: { theme: 'dark', locale: 'en' } }`. */
export interface ShotScheme {
  /** File-name part, e.g. `dark`. */
  name: string;
  /** Storybook globals: `theme` and `locale` (`ar` is right to left). */
  globals: Record<string, string>;
}

/** A viewport every state is screenshot at. */
export interface ShotSize {
  width: number;
  height: number;
}

/** One screenshot: which story, in which scheme, at which size, and its PNG. */
export interface Shot {
  storyId: string;
  scheme: string;
  width: number;
  png: Buffer;
}

/** How far two screenshots may differ: channels within `channelTolerance`, at most `maxDiffRatio` of pixels. */
export interface Tolerance {
  channelTolerance: number;
  maxDiffRatio: number;
}

/** Antialiasing and subpixel text may shift a little between machines; layout changes move far more. */
export const DEFAULT_TOLERANCE: Tolerance = { channelTolerance: 24, maxDiffRatio: 0.002 };

interface StorybookChannel {
  emit: (event: string, payload: unknown) => void;
  on: (event: string, listener: (payload: { storyId?: string }) => void) => void;
  off: (event: string, listener: (payload: { storyId?: string }) => void) => void;
}

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: {
    currentRender?: { id?: string; phase?: string };
    storyStoreValue?: { userGlobals: { update: (globals: Record<string, unknown>) => void } };
  };
  __STORYBOOK_ADDONS_CHANNEL__?: StorybookChannel;
}

// Components that remember something for the whole page (a micropayment paid on this page is
// "Already paid" everywhere after): their stories get a freshly loaded page, so no story sees
// another's payment.
const FRESH_PAGE_FOR = ['components-micropaymentprompt--'];

const FOCUS_RING_OFF = ':focus-visible { outline-color: transparent !important; }';
const SCREENSHOT = { animations: 'disabled', caret: 'hide', scale: 'css' } as const;
const STORY_TIMEOUT_MS = 30_000;

/** A page of the built Storybook's preview, clock frozen, motion reduced, axe off. */
async function openPreview(browser: Browser, size: ShotSize): Promise<Page> {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
  // Date.now() is fixed while timers keep running, so play functions still wait and click.
  await page.clock.setFixedTime(FROZEN_TIME);
  return page;
}

const urlGlobals = (globals: Record<string, string>) =>
  [...Object.entries(globals).map(([key, value]) => `${key}:${value}`), 'a11y.manual:!true'].join(';');

/** Loads the preview on `storyId` and waits for it to have played. */
async function loadStory(page: Page, origin: string, storyId: string, globals: Record<string, string>): Promise<void> {
  const rendered = page.waitForFunction(
    (id) => {
      const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === id && (render.phase === 'finished' || render.phase === 'errored' || render.phase === 'aborted');
    },
    storyId,
    { timeout: STORY_TIMEOUT_MS, polling: 50 },
  );
  await page.goto(`${origin}/iframe.html?id=${storyId}&viewMode=story&globals=${urlGlobals(globals)}`);
  await rendered;
  // Whether a focused control shows its focus ring depends on the browser's guess at keyboard use,
  // which differs between runs; focus itself is checked by the stories' play functions.
  await page.addStyleTag({ content: FOCUS_RING_OFF });
}

/**
 * In a loaded preview: either shows another story (`setCurrentStory`, which renders and plays it)
 * or re-renders the current one with new globals (`updateGlobals`), and resolves when Storybook
 * reports that render finished.
 */
async function renderInPage(page: Page, change: { storyId: string } | { globals: Record<string, string> }): Promise<void> {
  await page.evaluate(
    ([change, timeout]) =>
      new Promise<void>((resolve, reject) => {
        const preview = window as PreviewWindow;
        const channel = preview.__STORYBOOK_ADDONS_CHANNEL__!;
        const expected = 'storyId' in change ? change.storyId : preview.__STORYBOOK_PREVIEW__?.currentRender?.id;
        const timer = setTimeout(() => finish(new Error(`no storyFinished for ${expected}`)), timeout);
        function finish(error?: Error) {
          clearTimeout(timer);
          channel.off('storyFinished', onFinished);
          if (error) reject(error);
          else resolve();
        }
        function onFinished(payload: { storyId?: string }) {
          if (payload.storyId === expected) finish();
        }
        channel.on('storyFinished', onFinished);
        (document.activeElement as HTMLElement | null)?.blur?.();
        if ('storyId' in change) channel.emit('setCurrentStory', { storyId: change.storyId, viewMode: 'story' });
        else channel.emit('updateGlobals', { globals: change.globals });
      }),
    [change, STORY_TIMEOUT_MS] as const,
  );
}

/**
 * Sets the globals a story will render with next, without re-rendering the one shown (its play
 * function must run in the light, English state it asserts against).
 */
async function presetGlobals(page: Page, globals: Record<string, string>): Promise<void> {
  await page.evaluate((globals) => (window as PreviewWindow).__STORYBOOK_PREVIEW__!.storyStoreValue!.userGlobals.update(globals), globals);
}

/**
 * Waits until fonts are ready, two frames have passed and the DOM has not changed for `quietMs`
 * (a play function's last click may still be settling: a handler's promise, a state update).
 */
async function settle(page: Page, quietMs: number): Promise<void> {
  await page.evaluate(async (quietMs) => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await frame();
    await new Promise<void>((resolve) => {
      let timer = setTimeout(done, quietMs);
      const giveUp = setTimeout(done, 20 * quietMs);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, quietMs);
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      function done() {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(giveUp);
        resolve();
      }
    });
    await frame();
  }, quietMs);
}

/**
 * Screenshots every story in every scheme at every size, with `pages` preview pages working
 * through the stories side by side. Each story is rendered (and played) once in `schemes[0]`,
 * then re-rendered in each other scheme; `onShot` gets the shots as they are taken.
 */
export async function screenshotStories(
  browser: Browser,
  origin: string,
  options: { storyIds: string[]; schemes: ShotScheme[]; sizes: ShotSize[]; pages: number },
  onShot: (shot: Shot) => Promise<void>,
): Promise<void> {
  const { storyIds, schemes, sizes } = options;
  const [first, ...others] = schemes;
  const queue = [...storyIds];
  const worker = async () => {
    const page = await openPreview(browser, sizes[0]!);
    let loaded = false;
    try {
      for (let storyId = queue.shift(); storyId !== undefined; storyId = queue.shift()) {
        await page.setViewportSize(sizes[0]!);
        if (!loaded || FRESH_PAGE_FOR.some((prefix) => storyId!.startsWith(prefix))) {
          await loadStory(page, origin, storyId, first!.globals);
          loaded = true;
        } else {
          await presetGlobals(page, first!.globals);
          await renderInPage(page, { storyId });
        }
        for (const scheme of [first!, ...others]) {
          if (scheme !== first) {
            await page.setViewportSize(sizes[0]!);
            await renderInPage(page, { globals: scheme.globals });
          }
          await settle(page, 100);
          for (const [index, size] of sizes.entries()) {
            if (index > 0) {
              await page.setViewportSize(size);
              await settle(page, 50);
            }
            await onShot({ storyId, scheme: scheme.name, width: size.width, png: await page.screenshot(SCREENSHOT) });
          }
        }
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.pages) }, worker));
}

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
