// The stylesheet through the CSS pipelines apps put it through, rendered in Chromium: every
// pipeline must give the same computed colours as the file as shipped, in both schemes. (Vite and
// Next.js production builds are also exercised whole by the consumer apps in test/consumers.)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwind from '@tailwindcss/postcss';
import { browserslistToTargets, transform, type Targets } from 'lightningcss';
import postcss from 'postcss';
import postcssPresetEnv from 'postcss-preset-env';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const shippedFile = join(root, 'dist/styles.css');

/** lightningcss as a bundler runs it: minify for the given browser targets. */
function lightning(css: string, targets: Targets): string {
  return transform({ filename: 'styles.css', code: Buffer.from(css), minify: true, targets }).code.toString();
}

const version = (major: number, minor = 0) => (major << 16) | (minor << 8);

/** Each pipeline: the CSS it hands the browser, given the shipped file. */
const pipelines: Record<string, (css: string) => Promise<string>> = {
  // Vite 8's default build targets (baseline widely available) and an older `build.cssTarget`.
  'lightningcss, Vite default targets': async (css) =>
    lightning(css, { chrome: version(107), edge: version(107), firefox: version(104), safari: version(16) }),
  'lightningcss, cssTarget safari15': async (css) => lightning(css, { safari: version(15) }),
  'lightningcss, browserslist defaults': async (css) => lightning(css, browserslistToTargets(['chrome 90', 'safari 14', 'firefox 90'])),
  'PostCSS with postcss-preset-env': async (css) =>
    (await postcss([postcssPresetEnv({ browsers: 'defaults, safari 14' })]).process(css, { from: undefined })).css,
  'Tailwind v4 @import': async () => {
    const input = `@import "tailwindcss";\n@import "./dist/styles.css";\n`;
    return (await postcss([tailwind({ base: root })]).process(input, { from: join(root, 'app.css') })).css;
  },
};

interface Painted {
  surface: string;
  text: string;
  primaryBackground: string;
  secondaryBorder: string;
  secondaryBorderWidth: string;
  backdrop: string;
}

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(shippedFile)) throw new Error('dist/styles.css is missing: run `npm run build` first');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A component root's colour set: what the components write into `data-theme`, or `unset` for a
 * root without it (hand-written markup), which must get the light colours.
 */
type Scheme = 'light' | 'dark' | 'unset';

/** The computed colours of a modal with a primary and a secondary action, styled by `css`. */
async function paint(css: string, scheme: Scheme): Promise<Painted> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body>
      <dialog class="rpr-dialog" data-rpr-root ${scheme === 'unset' ? '' : `data-theme="${scheme}"`}>
        <h2 class="rpr-title">Update your payment method</h2>
        <div class="rpr-actions">
          <button class="rpr-action" data-primary>Update payment method</button>
          <button class="rpr-action">Not now</button>
        </div>
      </dialog></body></html>`);
    return await page.evaluate(() => {
      const dialog = document.querySelector('dialog')!;
      dialog.showModal();
      const [primary, secondary] = [...dialog.querySelectorAll('button')];
      const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
      return {
        surface: style(dialog).backgroundColor,
        text: style(dialog).color,
        primaryBackground: style(primary!).backgroundColor,
        secondaryBorder: style(secondary!).borderTopColor,
        secondaryBorderWidth: style(secondary!).borderTopWidth,
        backdrop: style(dialog, '::backdrop').backgroundColor,
      };
    });
  } finally {
    await page.close();
  }
}

const TRANSPARENT = ['rgba(0, 0, 0, 0)', 'transparent', ''];

describe.each(['light', 'dark', 'unset'] as const)('%s scheme', (scheme) => {
  let shipped: Painted;

  beforeAll(async () => {
    shipped = await paint(readFileSync(shippedFile, 'utf8'), scheme);
  });

  test('as shipped: an opaque surface, a filled primary button, a bordered secondary one, a dimmed page', () => {
    expect(TRANSPARENT).not.toContain(shipped.surface);
    expect(TRANSPARENT).not.toContain(shipped.primaryBackground);
    expect(TRANSPARENT).not.toContain(shipped.secondaryBorder);
    expect(shipped.secondaryBorderWidth).toBe('1px');
    expect(TRANSPARENT).not.toContain(shipped.backdrop);
    expect(shipped.surface).toBe(scheme === 'dark' ? 'rgb(24, 24, 27)' : 'rgb(255, 255, 255)');
  });

  test.each(Object.keys(pipelines))('%s: the same colours as shipped', async (name) => {
    const css = await pipelines[name]!(readFileSync(shippedFile, 'utf8'));
    expect(await paint(css, scheme)).toEqual(shipped);
  });
});

test('without the stylesheet the dialog stays legible: the browser paints an opaque surface, a visible button and a backdrop', async () => {
  const plain = await paint('', 'unset');
  expect(TRANSPARENT).not.toContain(plain.surface);
  expect(TRANSPARENT).not.toContain(plain.primaryBackground);
  expect(TRANSPARENT).not.toContain(plain.backdrop);
  expect(plain.text).not.toBe(plain.surface);
});
