/**
 * The PostHog reporter against the real `posthog-js` SDK, initialised with autocapture, page views,
 * recordings and flags off and a `before_send` hook that keeps each event and drops it (no network).
 */
import { PostHog, type CaptureResult } from 'posthog-js';
import { beforeAll, expect, it } from 'vitest';
import { posthogIncidentReporter } from '../../src/monitoring';
import { CARD_TEXT, declinedCardIncident } from './incidents';

const captured: CaptureResult[] = [];
const posthog = new PostHog();

beforeAll(() => {
  posthog.init(
    'phc_test_project_key',
    {
      api_host: 'https://posthog.invalid',
      autocapture: false,
      capture_pageview: false,
      capture_pageleave: false,
      disable_session_recording: true,
      disable_surveys: true,
      advanced_disable_flags: true,
      disable_external_dependency_loading: true,
      persistence: 'memory',
      // jsdom's user agent names itself, and PostHog drops events from agents it takes for bots.
      opt_out_useragent_filter: true,
      before_send: (event) => {
        if (event) captured.push(event);
        return null;
      },
    },
  );
});

it('captures payment_required_shown and payment_required_resolved with the incident as properties, and no card data', async () => {
  await declinedCardIncident(posthogIncidentReporter(posthog));
  const ours = captured.filter((event) => event.event.startsWith('payment_required_'));
  expect(ours.map((event) => event.event)).toEqual(['payment_required_shown', 'payment_required_resolved']);
  expect(ours[0]!.properties).toMatchObject({
    event: 'shown',
    reason: 'payment_failed',
    status: 402,
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    format: 'problem+json',
    blocked: 1,
  });
  const sent = JSON.stringify(ours);
  for (const text of CARD_TEXT) expect(sent).not.toContain(text);
  expect(sent).not.toContain('secret-token');
});

it('captures only the chosen events, under the app’s names', async () => {
  captured.length = 0;
  await declinedCardIncident(posthogIncidentReporter(posthog, { events: ['resolved'], eventName: (type) => `billing ${type}` }));
  expect(captured.map((event) => event.event)).toEqual(['billing resolved']);
});
