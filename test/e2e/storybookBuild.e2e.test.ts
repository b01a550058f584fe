// The published Storybook is a production build: its CSS goes through the same minifier as an
// app's. Every "As shipped" story (provider defaults, no decorator-forced scheme) must show a
// styled dialog there too, not only in the dev server the story tests use.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer, type RunningServer } from './servers';
import { comparePngs, DEFAULT_TOLERANCE, screenshotStories, withinTolerance, type Shot, type ShotScheme, type ShotSize } from './storyScreenshots';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let outDir: string;
let site: RunningServer | undefined;
let browser: Browser | undefined;
let storyIds: string[] = [];
let componentStoryIds: string[] = [];
// A Storybook built before (e.g. by `npm run build-storybook`) may be reused while iterating on baselines.
const prebuilt = process.env.RPR_STORYBOOK_STATIC;

beforeAll(async () => {
  outDir = prebuilt ?? (await mkdtemp(join(tmpdir(), 'rpr-storybook-')));
  if (!prebuilt) {
    await promisify(execFile)(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', outDir], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, { type: string; title: string }> };
  storyIds = Object.keys(index.entries).filter((id) => id.endsWith('--as-shipped'));
  componentStoryIds = Object.entries(index.entries)
    .filter(([, entry]) => isComponentStory(entry))
    .map(([id]) => id);
  site = await startStaticServer(outDir);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir && !prebuilt) await rm(outDir, { recursive: true, force: true });
});

/**
 * What "every component story" means for the visual baselines: an entry of type `story` (not a
 * docs page: autodocs and MDX are `docs`) whose sidebar title is under `Components/`. The demo app
 * (`Demo/`), the theming guides (`Theming/`), the devtools (`Tools/`) and the server walkthrough
 * (`Server/`) are pages about the components, not states of one, and are left out.
 */
function isComponentStory(entry: { type: string; title: string }): boolean {
  return entry.type === 'story' && entry.title.startsWith('Components/');
}

const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\))$/;

describe('the built Storybook', () => {
  test('has an "As shipped" story for every component', () => {
    expect(storyIds.map((id) => id.split('--')[0]).sort()).toEqual(
      [
        'components-dialog-parts',
        'components-micropaymentprompt',
        'components-paymentrequiredhost',
        'components-planupgradeprompt',
        'components-quotacountdown',
        'components-updatepaymentmodal',
      ].sort(),
    );
  });

  test('paints every "As shipped" dialog: opaque surface, a filled or bordered first button, a dimmed page', async () => {
    for (const id of storyIds) {
      const page = await browser!.newPage();
      try {
        await page.goto(`${site!.origin}/iframe.html?id=${id}&viewMode=story`);
        const dialog = page.locator('dialog[open]');
        await dialog.waitFor({ timeout: 20_000 });
        const painted = await dialog.evaluate((element) => {
          const button = element.querySelector('button')!;
          const style = getComputedStyle(button);
          return {
            theme: element.getAttribute('data-theme'),
            surface: getComputedStyle(element).backgroundColor,
            buttonBackground: style.backgroundColor,
            buttonBorder: style.borderTopStyle === 'none' ? '0px' : style.borderTopWidth,
            buttonBorderColor: style.borderTopColor,
            backdrop: getComputedStyle(element, '::backdrop').backgroundColor,
          };
        });
        expect(painted.theme, id).toBe('light');
        expect(painted.surface, id).not.toMatch(TRANSPARENT);
        expect(painted.backdrop, id).not.toMatch(TRANSPARENT);
        const filled = !TRANSPARENT.test(painted.buttonBackground);
        const bordered = painted.buttonBorder !== '0px' && !TRANSPARENT.test(painted.buttonBorderColor);
        expect(filled || bordered, `${id}: ${JSON.stringify(painted)}`).toBe(true);
      } finally {
        await page.close();
      }
    }
  });
});

// ——— The layout issue 16 asks for, measured in the built Storybook at a phone and a laptop width ———

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

describe('the prompts fit their screen', () => {
  test.each([1024, 390])('update-payment modal at %i px: one filled action, nothing said twice, the whole dialog in view', async (width) => {
    const page = await browser!.newPage({ viewport: { width, height: width === 390 ? 844 : 768 }, reducedMotion: 'reduce' });
    try {
      await page.goto(`${site!.origin}/iframe.html?id=components-updatepaymentmodal--declined-insufficient-funds&viewMode=story`);
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor({ timeout: 20_000 });
      const layout = await dialog.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const filled = [...element.querySelectorAll<HTMLElement>('[data-part="action"]')].filter((action) => {
          const background = getComputedStyle(action).backgroundColor;
          return !/^(transparent|rgba\(.*,\s*0\))$/.test(background);
        });
        const guidance = element.querySelector('[data-part="guidance"]')?.textContent ?? '';
        return {
          box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
          scrolls: element.scrollHeight > element.clientHeight + 1,
          filled: filled.map((action) => action.textContent),
          description: (element.querySelector('[data-part="description"]')?.textContent ?? '').replace(guidance, ''),
          guidance,
          message: element.querySelector('[data-part="message"]')?.textContent ?? '',
        };
      });
      expect(layout.filled).toEqual(['Update payment method']);
      const { sharedPhrase } = await import('../../src/components/shared/redundantText');
      expect([
        sharedPhrase(layout.description, layout.guidance),
        sharedPhrase(layout.description, layout.message),
        sharedPhrase(layout.guidance, layout.message),
      ]).toEqual([undefined, undefined, undefined]);
      const viewport = page.viewportSize()!;
      expect(layout.box.top).toBeGreaterThanOrEqual(0);
      expect(layout.box.left).toBeGreaterThanOrEqual(0);
      expect(layout.box.bottom).toBeLessThanOrEqual(viewport.height);
      expect(layout.box.right).toBeLessThanOrEqual(viewport.width);
      expect(layout.scrolls).toBe(false);
    } finally {
      await page.close();
    }
  });

  test('plan prompt at 390 px: plans stacked as full-width rows, the actions in view without scrolling', async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    try {
      await page.goto(`${site!.origin}/iframe.html?id=components-planupgradeprompt--three-plans&viewMode=story`);
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor({ timeout: 20_000 });
      const layout = await dialog.evaluate((element) => {
        const box = (node: Element): Box => {
          const rect = node.getBoundingClientRect();
          return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
        };
        return {
          list: box(element.querySelector('[data-part="plans"]')!),
          plans: [...element.querySelectorAll('[data-part="plan"]')].map(box),
          actions: [...element.querySelectorAll('[data-part="action"]')].map(box),
          dialog: box(element),
        };
      });
      expect(layout.plans.length).toBe(3);
      for (const [index, plan] of layout.plans.entries()) {
        expect(plan.left).toBeCloseTo(layout.list.left, 0);
        expect(plan.right).toBeCloseTo(layout.list.right, 0);
        if (index > 0) expect(plan.top).toBeGreaterThanOrEqual(layout.plans[index - 1]!.bottom);
      }
      expect(layout.actions.length).toBeGreaterThanOrEqual(2);
      for (const action of layout.actions) {
        expect(action.top).toBeGreaterThanOrEqual(layout.dialog.top);
        expect(action.bottom).toBeLessThanOrEqual(Math.min(layout.dialog.bottom, 844));
      }
    } finally {
      await page.close();
    }
  });
});

// ——— Visual baselines: every component story, compared with committed PNGs ———
//
// Every component story (see isComponentStory) in three schemes (light, dark, and right to left
// in Arabic) at 1024 px and 390 px: `<story id>--<width>-<scheme>.png`. `UPDATE_SCREENSHOTS=1`
// writes the baselines instead of comparing; a missing baseline fails and says how to make it,
// and a baseline no story produces any more fails too (delete it).

const BASELINES = join(root, 'test/e2e/story-baselines');
const updating = process.env.UPDATE_SCREENSHOTS === '1';
const SCHEMES: ShotScheme[] = [
  { name: 'light', globals: { theme: 'light', locale: 'en' } },
  { name: 'dark', globals: { theme: 'dark', locale: 'en' } },
  { name: 'rtl', globals: { theme: 'light', locale: 'ar' } },
];
const SIZES: ShotSize[] = [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
// Two preview pages side by side: most of a story's time is waiting (play functions, settling).
const PARALLEL_PAGES = 2;

const baselineName = (shot: Pick<Shot, 'storyId' | 'width' | 'scheme'>) => `${shot.storyId}--${shot.width}-${shot.scheme}.png`;

describe('visual baselines', () => {
  test('there are component stories for every component', () => {
    expect(new Set(componentStoryIds.map((id) => id.split('--')[0])).size).toBe(6);
  });

  test('every component story looks as its committed baseline, light, dark and right to left, at 1024 and 390 px', async () => {
    const failures: string[] = [];
    const compared = await browser!.newPage();
    const failedDir = await mkdtemp(join(tmpdir(), 'rpr-visual-'));
    let keepFailedDir = false;
    if (updating) await mkdir(BASELINES, { recursive: true });
    const expectedFiles = new Set(componentStoryIds.flatMap((storyId) => SCHEMES.flatMap((scheme) => SIZES.map((size) => baselineName({ storyId, scheme: scheme.name, width: size.width })))));
    const started = Date.now();
    try {
      await screenshotStories(browser!, site!.origin, { storyIds: componentStoryIds, schemes: SCHEMES, sizes: SIZES, pages: PARALLEL_PAGES }, async (shot) => {
        const file = baselineName(shot);
        if (updating) {
          await writeFile(join(BASELINES, file), shot.png);
          return;
        }
        const expected = await readFile(join(BASELINES, file)).catch(() => undefined);
        if (!expected) {
          failures.push(`${file}: no baseline; run UPDATE_SCREENSHOTS=1 npx vitest run --project e2e test/e2e/storybookBuild.e2e.test.ts and commit test/e2e/story-baselines`);
          return;
        }
        // Byte-identical PNGs (the usual case) need no decoding.
        if (shot.png.equals(expected)) return;
        const comparison = await comparePngs(compared, shot.png, expected, DEFAULT_TOLERANCE);
        if (withinTolerance(comparison, DEFAULT_TOLERANCE)) return;
        await writeFile(join(failedDir, file), shot.png);
        keepFailedDir = true;
        failures.push(
          comparison.sameSize ? `${file}: ${comparison.differentPixels} of ${comparison.totalPixels} pixels differ` : `${file}: the screenshot's size changed`,
        );
      });
      console.info(`visual baselines: ${expectedFiles.size} screenshots in ${Math.round((Date.now() - started) / 1000)} s`);
      const stale = (await readdir(BASELINES)).filter((file) => file.endsWith('.png') && !expectedFiles.has(file));
      if (updating) await Promise.all(stale.map((file) => rm(join(BASELINES, file))));
      else failures.push(...stale.map((file) => `${file}: no story makes this screenshot any more; delete it`));
    } finally {
      await compared.close();
      if (!keepFailedDir) await rm(failedDir, { recursive: true, force: true });
    }
    expect(failures, `new screenshots are in ${failedDir}`).toEqual([]);
  }, 900_000);
});
