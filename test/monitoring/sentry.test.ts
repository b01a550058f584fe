/**
 * The Sentry reporter against the real `@sentry/browser` SDK: a custom transport keeps the
 * envelopes the SDK would send, so the test reads exactly what would reach Sentry (no network).
 */
import * as Sentry from '@sentry/browser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IncidentEvent } from '../../src/core/events';
import { sentryIncidentReporter } from '../../src/monitoring';
import { CARD_TEXT, declinedCardIncident } from './incidents';

const envelopes: string[] = [];

beforeAll(() => {
  Sentry.init({
    dsn: 'https://public@o0.ingest.sentry.io/1',
    defaultIntegrations: false,
    integrations: [],
    transport: (options) =>
      Sentry.createTransport(options, async (request) => {
        envelopes.push(typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body));
        return { statusCode: 200 };
      }),
  });
});
afterAll(async () => {
  await Sentry.close();
});

/** The event items of every envelope sent: header line, then (item header, payload) pairs. */
function sentEvents(): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  for (const envelope of envelopes) {
    const lines = envelope.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    for (let i = 1; i < lines.length - 1; i++) if (lines[i]!.type === 'event') events.push(lines[i + 1]!);
  }
  return events;
}

it('sends one tagged warning event for a shown incident, with the 402 as a breadcrumb, and no card data', async () => {
  await declinedCardIncident(sentryIncidentReporter(Sentry));
  // Anything the app sends later carries the breadcrumbs of the incident's whole life.
  Sentry.captureMessage('later error');
  await Sentry.flush(2000);

  const [shown, later, ...rest] = sentEvents();
  expect(rest).toEqual([]);
  expect(shown).toMatchObject({
    message: 'Payment required: payment_failed',
    level: 'warning',
    tags: {
      'payment_required.reason': 'payment_failed',
      'payment_required.event': 'shown',
      'payment_required.format': 'problem+json',
      'payment_required.code': 'card_declined',
      'payment_required.decline': 'insufficient_funds',
    },
    fingerprint: ['payment-required', 'shown', 'payment_failed', 'card_declined'],
    contexts: { payment_required: { reason: 'payment_failed', status: 402, blocked: 1, url: 'https://api.example.com/invoices' } },
  });
  const crumbs = (later!.breadcrumbs as { category: string; message: string; data: Record<string, unknown> }[]).filter((b) => b.category === 'payment-required');
  expect(crumbs.map((b) => b.message)).toEqual(['shown: payment_failed', 'resolved: payment_failed']);
  expect(crumbs[0]!.data).toMatchObject({ code: 'card_declined', decline_code: 'insufficient_funds' });

  const sent = envelopes.join('\n');
  for (const text of CARD_TEXT) expect(sent).not.toContain(text);
  expect(sent).not.toContain('secret-token');
});

it('never lets a throwing SDK reach the app', async () => {
  const events: IncidentEvent[] = [];
  await declinedCardIncident((event) => events.push(event));
  const report = sentryIncidentReporter({
    addBreadcrumb: () => {
      throw new Error('sdk down');
    },
    captureMessage: () => {
      throw new Error('sdk down');
    },
  });
  expect(events.map((event) => event.type)).toEqual(['shown', 'resolved']);
  for (const event of events) expect(() => report(event)).not.toThrow();
});
