// The published Storybook is a production build: its CSS goes through the same minifier as an
// app's. Every "As shipped" story (provider defaults, no decorator-forced scheme) must show a
// styled dialog there too, not only in the dev server the story tests use.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer, type RunningServer } from './servers';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let outDir: string;
let site: RunningServer | undefined;
let browser: Browser | undefined;
let storyIds: string[] = [];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'rpr-storybook-'));
  await promisify(execFile)(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', outDir], {
    cwd: root,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, { type: string }> };
  storyIds = Object.keys(index.entries).filter((id) => id.endsWith('--as-shipped'));
  site = await startStaticServer(outDir);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
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
