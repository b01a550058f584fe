/* global document, getComputedStyle, window -- readDialogStyles and the axe callback run in the page */
// Drives one built consumer app in Chromium the way a user would, against the consumer API, and
// records every check as passed or failed (with what was seen) instead of stopping at the first.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const DIALOG_TIMEOUT = 15_000;

/** @typedef {{ name: string, ok: boolean, detail: string }} CheckResult */

/** Runs `fn` as a named check; a throw marks it failed with its message. */
function checker(results) {
  return async (name, fn) => {
    try {
      const detail = await fn();
      results.push({ name, ok: true, detail: detail ?? '' });
      return true;
    } catch (error) {
      results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** axe-core's browser build, from the consumer's own dependencies. */
export async function loadAxe(appDir) {
  const require = createRequire(join(appDir, 'package.json'));
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/**
 * What the page computes for the open dialog: colours as sRGB 0–255 + alpha 0–1 (normalised
 * through a canvas, so any CSS colour syntax compares), the first button's border, and labels.
 */
function readDialogStyles() {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const rgba = (color) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#010203';
    context.fillStyle = color;
    // An unparsable colour leaves the sentinel: say so rather than guess.
    if (context.fillStyle === '#010203' && color.replace(/\s/g, '') !== 'rgb(1,2,3)') return { r: 0, g: 0, b: 0, a: -1, css: color };
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return { r, g, b, a: a / 255, css: color };
  };
  const dialog = document.querySelector('dialog[open]');
  if (!dialog) return null;
  const button = dialog.querySelector('button');
  const surface = getComputedStyle(dialog);
  const backdrop = getComputedStyle(dialog, '::backdrop');
  const buttonStyle = button ? getComputedStyle(button) : null;
  return {
    surface: rgba(surface.backgroundColor),
    text: rgba(surface.color),
    backdrop: rgba(backdrop.backgroundColor),
    button: buttonStyle && {
      label: button.textContent?.trim() ?? '',
      background: rgba(buttonStyle.backgroundColor),
      borderWidth: parseFloat(buttonStyle.borderTopWidth),
      borderStyle: buttonStyle.borderTopStyle,
      borderColor: rgba(buttonStyle.borderTopColor),
    },
    tokenSurface: surface.getPropertyValue('--rpr-color-surface').trim(),
  };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance({ r, g, b }) {
  const channel = (value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

const show = (color) => `${color.css} (alpha ${color.a.toFixed(2)})`;

/** The dialog is painted: opaque surface, a first button one can see, a backdrop that dims. */
function assertVisibleStyles(styles) {
  assert(styles, 'no open <dialog> to read styles from');
  const problems = [];
  if (styles.surface.a !== 1) problems.push(`dialog surface is not opaque: background ${show(styles.surface)}, --rpr-color-surface = "${styles.tokenSurface}"`);
  const { button } = styles;
  const hasBackground = Boolean(button) && button.background.a > 0;
  const hasBorder = Boolean(button) && button.borderWidth > 0 && !['none', 'hidden'].includes(button.borderStyle) && button.borderColor.a > 0;
  if (!button) problems.push('the dialog has no button');
  else if (!hasBackground && !hasBorder) {
    problems.push(
      `first button "${button.label}" does not look like a button: background ${show(button.background)}, border ${button.borderWidth}px ${button.borderStyle} ${show(button.borderColor)}`,
    );
  }
  if (!(styles.backdrop.a > 0 && luminance(styles.backdrop) < 0.5)) problems.push(`::backdrop does not dim the page: ${show(styles.backdrop)}`);
  assert(problems.length === 0, problems.join('\n'));
  return `surface ${styles.surface.css}, button "${button.label}" ${hasBackground ? `background ${button.background.css}` : `border ${button.borderWidth}px ${button.borderColor.css}`}, backdrop ${styles.backdrop.css}`;
}

async function runAxe(page, axeSource) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document);
    return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  assert(violations.length === 0, `axe found ${violations.length} violation(s):\n      ${violations.join('\n      ')}`);
  return 'no violations';
}

/** Waits for the dialog's entry animation (and any other finite one): faded text fails contrast checks. */
function settleAnimations(page) {
  return page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

const describeRequests = (requests) => requests.map((r) => `${r.method} ${r.path} ${r.status}${r.body ? ` ${JSON.stringify(r.body)}` : ''}`).join(', ') || 'none';

/** Console errors a user's devtools would show, and any hydration warning. */
function watchConsole(page, sink) {
  // Production React reports a hydration mismatch only as a minified error number.
  const name = (text) => (/react\.dev\/errors\/(418|423|425)\b/.test(text) ? `hydration mismatch: ${text}` : text);
  page.on('console', (message) => {
    const text = name(message.text());
    if (message.type() !== 'error' && !/hydrat/i.test(text)) return;
    // The browser logs every 402 as a failed load (the app handles them), and a missing favicon.
    if (/Failed to load resource: the server responded with a status of 402/.test(text)) return;
    if (/\/favicon\.ico$/.test(message.location().url)) return;
    sink.push(`${message.type()}: ${text.slice(0, 300)}`);
  });
  page.on('pageerror', (error) => sink.push(`uncaught: ${name(error.message)}`));
}

/**
 * Opens the app twice with the OS preferring dark: once as built (no page `color-scheme`: the
 * dialog must be light) and once with the page declaring `color-scheme: light dark` (dark).
 * The first visit also pays: the blocked query refetches and the blocked mutation replays once.
 * @param {{ name: string, origin: string, api: import('./api.mjs').ConsumerApi, browser: import('playwright').Browser, axeSource: string, screenshotDir?: string }} options
 * @returns {Promise<CheckResult[]>}
 */
export async function driveApp({ name, origin, api, browser, axeSource, screenshotDir }) {
  /** @type {CheckResult[]} */
  const results = [];
  const check = checker(results);
  const consoleErrors = [];

  const visit = async (account, query = '') => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    page.setDefaultTimeout(DIALOG_TIMEOUT);
    watchConsole(page, consoleErrors);
    // The text of every script the page fetched, to see which of the library's chunks it loaded.
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
    });
    await page.goto(`${origin}/?api=${encodeURIComponent(api.origin)}&account=${account}${query}`);
    return { context, page, dialog: page.getByRole('dialog'), scripts: () => Promise.all(scripts) };
  };
  // The x402 reader's schema names `maxAmountRequired`, zod's core names `$ZodType`; nothing else
  // in these apps does (they do not use zod themselves).
  const holding = (texts, marker) => texts.filter((text) => text.includes(marker)).length;

  // 1. As built, page without color-scheme, OS dark.
  const plainAccount = `${name}-plain`;
  const plain = await visit(plainAccount);
  try {
    const opened = await check('the dialog opens after exactly one request (no retries)', async () => {
      await plain.dialog.waitFor({ state: 'visible' });
      const requests = api.requests(plainAccount);
      assert(requests.length === 1 && requests[0].path === '/usage' && requests[0].status === 402, `requests before the dialog: ${describeRequests(requests)}`);
      return describeRequests(requests);
    });
    if (opened) {
      await settleAnimations(plain.page);
      const styles = await plain.page.evaluate(readDialogStyles);
      await check('styles: opaque surface, visible first button, dimming ::backdrop', () => assertVisibleStyles(styles));
      await check('no page color-scheme (OS dark): the dialog is light', () => {
        assert(styles && styles.surface.a === 1 && luminance(styles.surface) > 0.7, `surface ${styles ? show(styles.surface) : 'unreadable'} is not light`);
        return `surface ${styles.surface.css}`;
      });
      if (screenshotDir) await plain.page.screenshot({ path: join(screenshotDir, `${name}-light.png`) });
      await check('axe: no violations with the dialog open (light)', () => runAxe(plain.page, axeSource));
      await check('paying refetches the query and replays the mutation once with its variables', async () => {
        await plain.page.keyboard.press('Escape');
        await plain.dialog.waitFor({ state: 'hidden' });
        await plain.page.getByLabel('Project name').fill('Apollo');
        await plain.page.getByRole('button', { name: 'Create project' }).click();
        await plain.dialog.waitFor({ state: 'visible' });
        const blocked = api.requests(plainAccount);
        assert(blocked.length === 2 && blocked[1].path === '/projects' && blocked[1].status === 402, `after submitting: ${describeRequests(blocked)}`);
        await plain.dialog.getByRole('button').first().click();
        await plain.page.getByText('Created Apollo').waitFor();
        await plain.page.getByText('1234 of 5000 requests used').waitFor();
        await plain.dialog.waitFor({ state: 'hidden' });
        const requests = api.requests(plainAccount);
        const of = (path) => requests.filter((r) => r.path === path);
        const projects = of('/projects');
        assert(of('/pay').length === 1, `pay calls: ${describeRequests(of('/pay'))}`);
        assert(of('/usage').map((r) => r.status).join() === '402,200', `usage query: ${describeRequests(of('/usage'))}`);
        assert(projects.map((r) => r.status).join() === '402,201', `create-project mutation: ${describeRequests(projects)}`);
        assert(JSON.stringify(projects[1].body) === JSON.stringify({ name: 'Apollo' }), `replayed with other variables: ${describeRequests(projects)}`);
        return describeRequests(requests);
      });
      await check('a card 402 never loads the per-request payment readers (x402, L402, …) or zod', async () => {
        const texts = await plain.scripts();
        const readers = holding(texts, 'maxAmountRequired');
        const zod = holding(texts, '$ZodType');
        assert(texts.length > 0 && readers === 0 && zod === 0, `of the ${texts.length} scripts fetched, ${readers} hold the x402 reader and ${zod} zod`);
        return `${texts.length} scripts fetched, none with the readers or zod`;
      });
    }
  } finally {
    await plain.context.close();
  }

  // 2. The page declares `color-scheme: light dark`, OS dark.
  const darkAccount = `${name}-dark`;
  const dark = await visit(darkAccount, '&scheme=light-dark');
  try {
    const opened = await check('page color-scheme "light dark" (OS dark): the dialog opens', async () => {
      await dark.dialog.waitFor({ state: 'visible' });
      return describeRequests(api.requests(darkAccount));
    });
    if (opened) {
      await settleAnimations(dark.page);
      const styles = await dark.page.evaluate(readDialogStyles);
      await check('page color-scheme "light dark" (OS dark): the dialog is dark and painted', () => {
        const painted = assertVisibleStyles(styles);
        assert(luminance(styles.surface) < 0.2, `surface ${show(styles.surface)} is not dark`);
        assert(luminance(styles.text) > 0.5, `text ${show(styles.text)} is not light on the dark surface`);
        return painted;
      });
      if (screenshotDir) await dark.page.screenshot({ path: join(screenshotDir, `${name}-dark.png`) });
      await check('axe: no violations with the dialog open (dark)', () => runAxe(dark.page, axeSource));
    }
  } finally {
    await dark.context.close();
  }

  // 3. An x402 challenge (the API answers this account's usage query with one): the per-request
  // payment readers and the prompt are chunks this app loads only now, and it passes no `onPay`.
  const x402Account = `${name}-x402`;
  const paid = await visit(x402Account);
  try {
    const opened = await check('an x402 402 opens the micropayment prompt after one request, its readers loaded on demand', async () => {
      await paid.dialog.getByText('0.01 USDC').waitFor();
      const requests = api.requests(x402Account);
      assert(requests.length === 1 && requests[0].status === 402, `requests before the prompt: ${describeRequests(requests)}`);
      const readers = holding(await paid.scripts(), 'maxAmountRequired');
      assert(readers > 0, 'no script fetched holds the x402 reader');
      return `${describeRequests(requests)}; ${readers} script(s) with the readers`;
    });
    if (opened) {
      await settleAnimations(paid.page);
      if (screenshotDir) await paid.page.screenshot({ path: join(screenshotDir, `${name}-x402.png`) });
      await check('axe: no violations with the micropayment prompt open', () => runAxe(paid.page, axeSource));
    }
  } finally {
    await paid.context.close();
  }

  await check('no errors or hydration warnings in the console', () => {
    assert(consoleErrors.length === 0, consoleErrors.join('\n      '));
  });
  return results;
}
