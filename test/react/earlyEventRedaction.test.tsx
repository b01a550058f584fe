import { act } from '@testing-library/react';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { loadedOnDemand, loadOnDemand } from '../../src/query/lazyParser';
import type { PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { reportThroughProvider } from '../helpers';

// The full event redactor loads with the parser chunk, after mount. An app may report an incident
// by hand before that chunk arrives: its events still reach onIncident at once, and redacted more
// strictly (origins only, no free text), never less. Own file: nothing here has loaded the chunk.

const handReported: PaymentRequiredIncident = {
  reason: 'payment_method_invalid',
  status: 402,
  format: 'json',
  url: 'https://u:p@api.example.com/reports?access_token=abc123',
  message: 'Visit https://billing.example.com/p/session/tok_123 to pay',
  links: { billingPortal: 'https://billing.stripe.com/p/session/test_YWNjdF8xTmFCY2RlZmdoaWpr' },
  raw: null,
};

const reportRightAfterMount = (props: Partial<PaymentRequiredProviderProps> = {}) => reportThroughProvider(handReported, props);

test('before the parser chunk, an event is delivered synchronously with origins only and no free text', () => {
  const { events, store } = reportRightAfterMount();
  expect(loadedOnDemand()).toBeUndefined();
  expect(events.map((event) => event.type)).toEqual(['shown']);
  const [shown] = events;
  expect(shown?.incident.url).toBe('https://api.example.com');
  expect(shown?.incident.links.billingPortal).toBe('https://billing.stripe.com');
  expect(shown?.incident.message).toBe('redacted');
  expect(JSON.stringify(shown)).not.toMatch(/access_token|YWNjdF8x|tok_123|u:p@/);

  act(() => store.dismiss());
  expect(events.map((event) => event.type)).toEqual(['shown', 'dismissed']);
});

test('revealInEvents still passes the listed fields as they are', () => {
  const { events } = reportRightAfterMount({ revealInEvents: ['url', 'message'] });
  expect(events[0]?.incident.url).toBe(handReported.url);
  expect(events[0]?.incident.message).toBe(handReported.message);
  expect(events[0]?.incident.links.billingPortal).toBe('https://billing.stripe.com');
});

test('once the chunk has loaded, the same report gets the precise redaction', async () => {
  await loadOnDemand();
  const { events } = reportRightAfterMount();
  expect(events[0]?.incident.url).toBe('https://api.example.com/reports');
  expect(events[0]?.incident.links.billingPortal).toBe('https://billing.stripe.com/p/session/redacted');
});
