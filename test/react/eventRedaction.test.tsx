import type { IncidentEvent } from '../../src/core/events';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { loadOnDemand } from '../../src/query/lazyParser';
import type { PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { reportThroughProvider } from '../helpers';

// onIncident is where data leaves the app (analytics, monitoring): redacted unless the app opts in.
// The redactor rides in the parser chunk, in memory before any parsed 402 (the page asks for it at
// mount); earlyEventRedaction.test.tsx covers an incident reported by hand before it arrives.
beforeAll(() => loadOnDemand());

const incident = parsePaymentRequired({
  status: 402,
  url: 'https://api.example.com/reports?access_token=abc123',
  body: { error: 'payment_required', billing_portal_url: 'https://billing.stripe.com/p/session/test_YWNjdF8xTmFCY2RlZmdoaWpr' },
})!;

const eventsFor = (props: Partial<PaymentRequiredProviderProps>): IncidentEvent[] => reportThroughProvider(incident, props).events;

test('by default onIncident gets no query string and no billing-portal session', () => {
  const [shown] = eventsFor({});
  expect(shown?.incident.url).toBe('https://api.example.com/reports');
  expect(shown?.incident.links.billingPortal).toBe('https://billing.stripe.com/p/session/redacted');
  expect(JSON.stringify(shown)).not.toMatch(/access_token|YWNjdF8x/);
});

test('revealInEvents passes the listed fields as they are', () => {
  const [shown] = eventsFor({ revealInEvents: ['url', 'links'] });
  expect(shown?.incident.url).toBe('https://api.example.com/reports?access_token=abc123');
  expect(shown?.incident.links.billingPortal).toBe('https://billing.stripe.com/p/session/test_YWNjdF8xTmFCY2RlZmdoaWpr');
});
