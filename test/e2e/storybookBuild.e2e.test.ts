// The published Storybook is a production build: its CSS goes through the same minifier as an
// app's. Every "As shipped" story (provider defaults, no decorator-forced scheme) must show a
// styled dialog there too, not only in the dev server the story tests use.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer, type RunningServer } from './servers';
import { comparePngs, DEFAULT_TOLERANCE, openStoryPage, screenshotStory, withinTolerance, type ShotGroup } from './storyScreenshots';

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
  const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, { type: string }> };
  storyIds = Object.keys(index.entries).filter((id) => id.endsWith('--as-shipped'));
  componentStoryIds = Object.entries(index.entries)
    .filter(([id, entry]) => entry.type === 'story' && id.startsWith('components-'))
    .map(([id]) => id);
  site = await startStaticServer(outDir);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir && !prebuilt) await rm(outDir, { recursive: true, force: true });
});

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
// Every story under Components/ at 1024 px and 390 px in the light scheme; for one representative
// story per component also dark and right to left (Arabic) at both widths. `UPDATE_SCREENSHOTS=1`
// writes the baselines instead of comparing; a missing baseline fails and says how to make it.

const BASELINES = join(root, 'test/e2e/story-baselines');
const updating = process.env.UPDATE_SCREENSHOTS === '1';
const REPRESENTATIVE = [
  'components-updatepaymentmodal--declined-insufficient-funds',
  'components-planupgradeprompt--three-plans',
  'components-quotacountdown--modal',
  'components-quotacountdown--banner',
  'components-micropaymentprompt--x-402',
  'components-paymentrequiredhost--card-declined',
  'components-dialog-parts--compose-your-own',
];

function shotGroups(): ShotGroup[] {
  const sizes = [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ];
  return sizes.flatMap(({ width, height }): ShotGroup[] => [
    { width, height, globals: { theme: 'light' }, name: `${width}-light`, storyIds: componentStoryIds },
    { width, height, globals: { theme: 'dark' }, name: `${width}-dark`, storyIds: REPRESENTATIVE },
    { width, height, globals: { theme: 'light', locale: 'ar' }, name: `${width}-rtl`, storyIds: REPRESENTATIVE },
  ]);
}

describe('visual baselines', () => {
  test('the representative stories exist', () => {
    expect(REPRESENTATIVE.filter((id) => !componentStoryIds.includes(id))).toEqual([]);
  });

  test('every component story looks as its committed baseline', async () => {
    const failures: string[] = [];
    const compared = await browser!.newPage();
    const failedDir = await mkdtemp(join(tmpdir(), 'rpr-visual-'));
    let keepFailedDir = false;
    if (updating) await mkdir(BASELINES, { recursive: true });
    try {
      for (const group of shotGroups()) {
        const page = await openStoryPage(browser!, site!.origin, group);
        try {
          for (const storyId of group.storyIds) {
            const file = `${storyId}--${group.name}.png`;
            const actual = await screenshotStory(page, storyId);
            if (updating) {
              await writeFile(join(BASELINES, file), actual);
              continue;
            }
            const expected = await readFile(join(BASELINES, file)).catch(() => undefined);
            if (!expected) {
              failures.push(`${file}: no baseline; run UPDATE_SCREENSHOTS=1 npx vitest run --project e2e test/e2e/storybookBuild.e2e.test.ts and commit test/e2e/story-baselines`);
              continue;
            }
            if (actual.equals(expected)) continue;
            const comparison = await comparePngs(compared, actual, expected, DEFAULT_TOLERANCE);
            if (withinTolerance(comparison, DEFAULT_TOLERANCE)) continue;
            await writeFile(join(failedDir, file), actual);
            keepFailedDir = true;
            failures.push(
              comparison.sameSize
                ? `${file}: ${comparison.differentPixels} of ${comparison.totalPixels} pixels differ`
                : `${file}: the screenshot's size changed`,
            );
          }
        } finally {
          await page.close();
        }
      }
    } finally {
      await compared.close();
      if (!keepFailedDir) await rm(failedDir, { recursive: true, force: true });
    }
    expect(failures, `new screenshots are in ${failedDir}`).toEqual([]);
  }, 600_000);
});
