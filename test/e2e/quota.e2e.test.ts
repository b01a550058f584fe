// A quota 402 end to end: a real page built with the library, a real API on another origin,
// a real Chromium. Checks that the countdown follows the server's reset time when the headers
// are exposed to the page (CORS), that the blocked query resumes on its own, and that the UI
// claims nothing about the reset time when the headers are hidden.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { buildAndServePage, startApiServer, type ApiServer, type RunningServer } from './servers';

const APP_DIR = resolve(import.meta.dirname, 'app');

interface IncidentEventView {
  type: string;
  incident: { reason: string; retryAt?: number; quota?: { resetAt?: number } };
}

let site: RunningServer | undefined;
let api: ApiServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  site = await buildAndServePage(APP_DIR, [react()]);
  api = await startApiServer(() => site!.origin, {
    // Retry-After and the IETF RateLimit fields, exposed to the page.
    exposed: { resetSeconds: 4, retryAfter: true, rateLimit: true, expose: true },
    // Only RateLimit / RateLimit-Policy (no Retry-After), exposed.
    'ratelimit-only': { resetSeconds: 3, retryAfter: false, rateLimit: true, expose: true },
    // Both sent, but not in Access-Control-Expose-Headers: the page cannot read them.
    hidden: { resetSeconds: 3, retryAfter: true, rateLimit: true, expose: false },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

async function openApp(scenario: string): Promise<Page> {
  const page = await browser!.newPage();
  page.setDefaultTimeout(10_000);
  const url = `${site!.origin}/?api=${encodeURIComponent(api!.origin)}&scenario=${scenario}`;
  await page.goto(url);
  return page;
}

const incidentEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __incidentEvents: IncidentEventView[] }).__incidentEvents);

describe.sequential('quota 402 from another origin', () => {
  test.each(['exposed', 'ratelimit-only'])(
    'the countdown follows the server reset time and the query resumes (%s)',
    async (scenario) => {
      const page = await openApp(scenario);
      try {
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.isVisible(), { timeout: 5_000 }).toBe(true);
        await expect.poll(() => dialog.textContent()).toMatch(/Resets in \d+ seconds?/);
        // What the dialog counts down to is the server's reset time.
        const shownSeconds = Number(/Resets in (\d+) seconds?/.exec((await dialog.textContent()) ?? '')?.[1]);
        const serverSeconds = (api!.log(scenario)!.resetAt - Date.now()) / 1000;
        expect(Math.abs(shownSeconds - serverSeconds)).toBeLessThanOrEqual(2);

        // The incident's reset time is the one the server announced, not a guess: headers carry
        // whole seconds (rounded up by the server), plus the response's latency.
        const serverResetAt = api!.log(scenario)!.resetAt;
        const [shown] = await incidentEvents(page);
        expect(shown?.type).toBe('shown');
        expect(shown?.incident.reason).toBe('quota_exceeded');
        const resetAt = shown?.incident.retryAt ?? shown?.incident.quota?.resetAt;
        expect(resetAt).toBeGreaterThanOrEqual(serverResetAt - 1_000);
        expect(resetAt).toBeLessThanOrEqual(serverResetAt + 1_500);

        // The countdown reaches zero, the incident resolves, the query refetches and succeeds.
        await page.getByRole('list', { name: 'Reports' }).waitFor({ state: 'visible', timeout: 12_000 });
        await expect.poll(() => dialog.count()).toBe(0);
        const statuses = api!.log(scenario)!.statuses;
        expect(statuses[0]).toBe(402);
        expect(statuses.at(-1)).toBe(200);
        expect(statuses.filter((status) => status === 200)).toHaveLength(1);
        expect((await incidentEvents(page)).map((event) => event.type)).toContain('resolved');
      } finally {
        await page.close();
      }
    },
  );

  test('without exposed headers the dialog shows and claims no reset time', async () => {
    const page = await browser!.newPage();
    page.setDefaultTimeout(10_000);
    try {
      const response = page.waitForResponse((candidate) => candidate.url().startsWith(`${api!.origin}/reports`));
      await page.goto(`${site!.origin}/?api=${encodeURIComponent(api!.origin)}&scenario=hidden`);
      // The server did send the reset time; CORS keeps it from the page.
      const headers = await (await response).allHeaders();
      expect(headers['retry-after']).toMatch(/^\d+$/);
      expect(headers['ratelimit']).toContain('t=');
      expect(headers['access-control-expose-headers']).toBeUndefined();

      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.isVisible(), { timeout: 5_000 }).toBe(true);
      const [shown] = await incidentEvents(page);
      expect(shown?.incident.reason).toBe('quota_exceeded');
      expect(shown?.incident.retryAt).toBeUndefined();
      expect(shown?.incident.quota?.resetAt).toBeUndefined();

      const text = (await dialog.textContent()) ?? '';
      expect(text).not.toMatch(/Resets in/);
      expect(text).not.toMatch(/\d+\s*(seconds?|minutes?|hours?|days?)\b/);
      expect(await dialog.getByRole('timer').count()).toBe(0);
      expect(text).toContain('Please try again later.');

      // Nothing resumes on a guess: still blocked after the server's real reset time has passed.
      await page.waitForTimeout(3_500);
      expect(await dialog.isVisible()).toBe(true);
      expect(api!.log('hidden')!.statuses).toEqual([402]);

      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      await page.getByTestId('reports-error').waitFor({ state: 'visible' });
    } finally {
      await page.close();
    }
  });
});
