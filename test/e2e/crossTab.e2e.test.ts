// Cross-tab resume in a real browser: two pages of the same app in one browser profile, both
// blocked by a declined card. The user pays in the first; the second resolves its own incident
// and re-sends its blocked request, over BroadcastChannel and over the localStorage fallback.
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBillingApi, type BillingApi } from './crossTab/api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { buildAndServePage, type RunningServer } from './servers';

const APP_DIR = resolve(import.meta.dirname, 'crossTab');

let site: RunningServer | undefined;
let api: BillingApi | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  site = await buildAndServePage(APP_DIR);
  api = await startBillingApi(() => site!.origin);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

interface EventView {
  type: string;
  incident: Record<string, unknown>;
}

const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { __incidentEvents: EventView[] }).__incidentEvents);
const statusOf = (page: Page) => page.locator('#status').textContent();

async function openTab(context: BrowserContext, account: string, tab: string, transport: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const query = new URLSearchParams({ api: api!.origin, account, tab, transport });
  await page.goto(`${site!.origin}/?${query}`);
  await expect.poll(() => statusOf(page)).toBe('Blocked: payment_method_invalid');
  return page;
}

describe.sequential('cross-tab resume', () => {
  test.each(['broadcast-channel', 'storage'])('paying in one tab resumes the other (%s)', async (transport) => {
    const account = `acct-${transport}`;
    const context = await browser!.newContext();
    try {
      const first = await openTab(context, account, '1', transport);
      const second = await openTab(context, account, '2', transport);
      if (transport === 'storage') {
        expect(await second.evaluate(() => typeof (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel)).toBe('undefined');
      }

      await first.getByRole('button', { name: 'I have updated my card' }).click();

      // The first tab re-runs its own request; the second hears of it and re-runs its own.
      await expect.poll(() => statusOf(first)).toBe('Loaded 3 invoices');
      await expect.poll(() => statusOf(second)).toBe('Loaded 3 invoices');
      expect(api!.statuses(account, '1')).toEqual([402, 200]);
      expect(api!.statuses(account, '2')).toEqual([402, 200]);

      const secondEvents = await eventsOf(second);
      expect(secondEvents.map((event) => event.type)).toEqual(['shown', 'resolved']);
      // Each tab resolved exactly once: no echo came back to the first tab.
      expect((await eventsOf(first)).map((event) => event.type)).toEqual(['shown', 'resolved']);
    } finally {
      await context.close();
    }
  });

  test('tabs of another browser profile are not affected', async () => {
    const account = 'acct-isolated';
    const one = await browser!.newContext();
    const other = await browser!.newContext();
    try {
      const payer = await openTab(one, account, '1', 'broadcast-channel');
      const sibling = await openTab(one, account, '2', 'broadcast-channel');
      const elsewhere = await openTab(other, account, '3', 'broadcast-channel');
      await payer.getByRole('button', { name: 'I have updated my card' }).click();
      // The sibling in the same profile resumes: the message has gone out.
      await expect.poll(() => statusOf(sibling)).toBe('Loaded 3 invoices');
      expect(await statusOf(elsewhere)).toBe('Blocked: payment_method_invalid');
      expect(api!.statuses(account, '3')).toEqual([402]);
      expect((await eventsOf(elsewhere)).map((event) => event.type)).toEqual(['shown']);
    } finally {
      await one.close();
      await other.close();
    }
  });
});
