import { summarizeIncident, type IncidentEvent } from '../../src/core/events';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { redactIncidentEvent, redactText, redactUrl } from '../../src/core/redact';
import type { PaymentRequiredIncident } from '../../src/core/types';

describe('redactUrl', () => {
  it.each([
    ['https://api.example.com/reports?access_token=abc123&page=2', 'https://api.example.com/reports'],
    ['https://api.example.com/reports#token=abc', 'https://api.example.com/reports'],
    ['https://user:pass@api.example.com/items', 'https://api.example.com/items'],
    ['https://billing.stripe.com/p/session/test_YWNjdF8xTmFCY2RlZmdoaWpr', 'https://billing.stripe.com/p/session/redacted'],
    ['https://billing.stripe.com/session/short', 'https://billing.stripe.com/session/redacted'],
    ['https://checkout.stripe.com/c/pay/cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoP#fid=x', 'https://checkout.stripe.com/c/pay/redacted'],
    ['https://app.example.com/magic/abc', 'https://app.example.com/magic/redacted'],
    ['/api/items?key=secret', '/api/items'],
    ['https://api.example.com/invoices/inv_42', 'https://api.example.com/invoices/inv_42'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe('redactText', () => {
  it('redacts URLs in prose and secret-like blobs, keeps the words', () => {
    const text = redactText(
      'Pay at https://billing.stripe.com/p/session/test_YWNjdF8xTmFCY2RlZmdoaWpr?x=1 or with lnbc10u1pjxyzabcdefghijklmnopqrstuvwxyz0123 now',
    );
    expect(text).toBe('Pay at https://billing.stripe.com/p/session/redacted or with redacted now');
  });
});

const NOW = Date.parse('2025-07-01T10:00:00Z');
const event = (incident: PaymentRequiredIncident, type: IncidentEvent['type'] = 'shown'): IncidentEvent =>
  ({ type, id: 'incident-1', incident: summarizeIncident(incident), blocked: 1, at: NOW }) as IncidentEvent;

describe('redactIncidentEvent', () => {
  const l402 = parsePaymentRequired(
    {
      status: 402,
      url: 'https://api.example.com/article?api_key=sk_live_123',
      headers: { 'www-authenticate': 'L402 macaroon="AgEEbHNhdAJCAAB2dG9rZW5fbWFjYXJvb25fc2VjcmV0XzEyMzQ1Njc4OTA", invoice="lnbc10u1pjq9xyzpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypq"' },
    },
    { now: () => NOW },
  )!;
  const card = parsePaymentRequired(
    {
      status: 402,
      url: 'https://user:pw@api.example.com/orders?session=abc#x',
      body: {
        error: {
          type: 'card_error',
          code: 'card_declined',
          message: 'Declined. Update it at https://billing.stripe.com/p/session/test_YWNjdF8xTmFCY2RlZmdoaWpr?prefilled=1',
          billing_portal_url: 'https://billing.stripe.com/p/session/test_YWNjdF8xTmFCY2RlZmdoaWpr',
        },
      },
    },
    { now: () => NOW },
  )!;

  it('by default: no query string or credentials in the URL, no session in links or message, no raw L402 options', () => {
    const l402Event = redactIncidentEvent(event(l402));
    expect(l402Event.incident.url).toBe('https://api.example.com/article');
    expect(l402Event.incident.micropayment?.options).toEqual([]);
    expect(JSON.stringify(l402Event)).not.toMatch(/macaroon|lnbc|sk_live|AgEE/);

    const cardEvent = redactIncidentEvent(event(card));
    expect(cardEvent.incident.url).toBe('https://api.example.com/orders');
    expect(cardEvent.incident.links.billingPortal).toBe('https://billing.stripe.com/p/session/redacted');
    expect(cardEvent.incident.message).toBe('Declined. Update it at https://billing.stripe.com/p/session/redacted');
    expect(JSON.stringify(cardEvent)).not.toMatch(/YWNjdF8x|prefilled|session=abc|pw@/);
    // What analytics needs is kept.
    expect(cardEvent.incident).toMatchObject({ reason: 'payment_failed', code: 'card_declined', status: 402 });
  });

  it('does not change the event it was given', () => {
    const original = event(card);
    const copy = structuredClone(original);
    redactIncidentEvent(original);
    expect(original).toEqual(copy);
  });

  it('an app opts in field by field', () => {
    const revealed = redactIncidentEvent(event(card), ['url', 'links']);
    expect(revealed.incident.url).toBe(card.url);
    expect(revealed.incident.links.billingPortal).toBe(card.links.billingPortal);
    expect(revealed.incident.message).not.toContain('YWNjdF8x');
    expect(redactIncidentEvent(event(l402), ['micropayment']).incident.micropayment?.options).toEqual(l402.micropayment?.options);
  });

  it('a render_failed error message is redacted like the incident message', () => {
    const failed = redactIncidentEvent({
      ...event(card, 'render_failed'),
      type: 'render_failed',
      error: { name: 'Error', message: 'failed on https://api.example.com/x?token=abc' },
    });
    expect(failed.type === 'render_failed' && failed.error?.message).toBe('failed on https://api.example.com/x');
  });
});
