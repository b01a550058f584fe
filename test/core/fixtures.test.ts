import { describe, expect, it } from 'vitest';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { paymentRequiredIncidentSchema } from '../../src/core/schema';
import { MAX_FUTURE_MS } from '../../src/core/limits';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { sampleX402Incident } from '../../src/devtools/samples';
import { realFixtures as fixtures, realFixture } from '../fixtures/402';

const NOW = Date.parse('2019-01-01T00:00:00Z');
const ALL_STATUSES = [...new Set(fixtures.map((f) => f.status))];

function parse(id: string, options: Parameters<typeof parsePaymentRequired>[1] = {}): PaymentRequiredIncident {
  const f = realFixture(id);
  const incident = parsePaymentRequired({ status: f.status, headers: f.headers, body: f.body }, { now: () => NOW, statuses: ALL_STATUSES, ...options });
  if (!incident) throw new Error(`fixture ${id} gave no incident`);
  return incident;
}

describe('402 fixtures', () => {
  it('has fixtures to test', () => {
    expect(fixtures.length).toBeGreaterThan(30);
  });

  for (const f of fixtures.filter((x) => x.status === 402)) {
    it(`${f.id} → ${f.expected.reason}`, () => {
      const incident = parsePaymentRequired({ status: f.status, headers: f.headers, body: f.body });
      expect(incident?.reason).toBe(f.expected.reason);
      expect(incident?.status).toBe(402);
      expect(incident?.raw).toBe(f.body);
      expect(paymentRequiredIncidentSchema.safeParse(incident).error).toBeUndefined();
    });
  }
});

describe('non-402 controls', () => {
  for (const f of fixtures.filter((x) => x.status !== 402)) {
    it(`${f.id} (${f.status}) is ignored by default`, () => {
      expect(parsePaymentRequired({ status: f.status, headers: f.headers, body: f.body })).toBeNull();
    });
    it(`${f.id} (${f.status}) → ${f.expected.reason} when opted in`, () => {
      const statuses = f.status === 200 ? [200, 402] : [402, f.status];
      const incident = parsePaymentRequired({ status: f.status, headers: f.headers, body: f.body }, { statuses });
      expect(incident?.reason).toBe(f.expected.reason);
      expect(incident?.status).toBe(f.status);
      expect(paymentRequiredIncidentSchema.safeParse(incident).error).toBeUndefined();
    });
  }
});

describe('details extracted from fixtures', () => {
  it('Stripe: codes, message, docs link; request_log_url is not a billing link', () => {
    const i = parse('stripe-card-declined-generic-decline');
    expect(i).toMatchObject({ format: 'stripe', code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' });
    const n = parse('stripe-incorrect-number-token');
    expect(n.links).toEqual({ docs: 'https://stripe.com/docs/error-codes/incorrect-number' });
  });

  it('feature gating: feature, current and required plan, upgrade link', () => {
    const i = parse('saas-feature-requires-plan');
    expect(i.feature).toBe('saml_sso');
    expect(i.plan).toEqual({ current: { id: 'team', name: 'Team' }, required: { id: 'business', name: 'Business' } });
    expect(i.links.upgrade).toBe('https://app.example.com/settings/billing?plan=business');
    expect(i.message).toBe('SAML SSO is available on the Business plan.');
  });

  it('subscription past due: billing portal link and plan', () => {
    const i = parse('saas-subscription-past-due');
    expect(i.links.billingPortal).toBe('https://billing.stripe.com/p/session/test_SYNTHETIC');
    expect(i.code).toBe('subscription_past_due');
    expect(i.plan?.current?.id).toBe('pro');
  });

  it('draft-11 RateLimit + RateLimit-Policy: limit, remaining, unit, reset, Retry-After', () => {
    const i = parse('saas-quota-exceeded-ratelimit-headers');
    expect(i.quota).toEqual({ limit: 10000, used: 10000, remaining: 0, unit: 'requests', resetAt: NOW + 86_400_000 });
    expect(i.retryAt).toBe(NOW + 86_400_000);
    expect(i.plan?.current?.id).toBe('free');
    expect(i.links.upgrade).toBe('https://app.example.com/billing/upgrade');
    expect(i.format).toBe('problem+json');
  });

  it('draft-06 split RateLimit headers (delta reset)', () => {
    const i = parse('saas-quota-ratelimit-delta-headers');
    expect(i.quota).toEqual({ limit: 100, used: 100, remaining: 0, resetAt: NOW + 3_600_000 });
    expect(i.code).toBe('QUOTA_EXCEEDED');
  });

  it('quota in the body: Vercel limit.total/remaining/reset (epoch s)', () => {
    const i = parse('control-vercel-rest-rate-limited');
    expect(i.quota).toEqual({ limit: 6, used: 6, remaining: 0, resetAt: 1_571_432_075_000 });
    expect(i.retryAt).toBe(1_571_432_075_000);
  });

  it('a reset in the past is dropped', () => {
    const i = parse('control-vercel-rest-rate-limited', { now: () => Date.parse('2024-01-01T00:00:00Z') });
    expect(i.quota).toEqual({ limit: 6, used: 6, remaining: 0 });
    expect(i.retryAt).toBeUndefined();
  });

  it('Retry-After as an HTTP-date is read against the Date header (clock skew)', () => {
    const i = parse('ratelimit-draft-quota-exceeded-429');
    expect(i.retryAt).toBe(NOW + 5000);
    expect(i.quota).toMatchObject({ remaining: 0, resetAt: NOW + 5000 });
  });

  it('problem extension members: balance is what remains', () => {
    expect(parse('rfc9457-out-of-credit-as-402').quota).toEqual({ remaining: 30 });
  });

  it.each([
    ['replicate-insufficient-credit', 'https://replicate.com/account/billing#billing'],
    ['together-credit-limit', 'https://api.together.xyz/settings/billing'],
    ['openrouter-insufficient-credits-with-metadata', 'https://openrouter.ai/settings/credits'],
    ['gitlawb-opengateway-insufficient-credits', 'https://gitlawb.com/opengateway/credits'],
    ['venice-insufficient-balance-string-error', 'https://venice.ai/settings/api'],
  ])('%s: billing link taken from the prose', (id, url) => {
    expect(parse(id).links).toEqual({ billingPortal: url });
  });

  it('x402 v1 body: amount, USDC display amount, network, resource, X-PAYMENT, as the sample x402 incident shows them', () => {
    const i = parse('x402-v1-spec-payment-required');
    const { options: _handBuilt, ...request } = sampleX402Incident.micropayment!;
    expect(request).toMatchObject({ amount: '10000', displayAmount: '0.01', currency: 'USDC', network: 'base-sepolia', paymentHeader: 'X-PAYMENT' });
    expect(i).toMatchObject({ format: sampleX402Incident.format, message: sampleX402Incident.message });
    expect(i.micropayment).toMatchObject({ ...request, expiresAt: NOW + 60_000 });
    expect(i.micropayment?.options).toHaveLength(1);
    expect(i.links).toEqual({});
  });

  it('x402 v1 without a version, keys in another order', () => {
    const i = parse('x402-v1-express-middleware-with-outputschema');
    expect(i.micropayment).toMatchObject({ version: 1, amount: '1000', displayAmount: '0.001', resource: 'http://localhost:3001/protected-route' });
    expect(i.code).toBeUndefined();
  });

  it('x402 v1 failures keep the fresh challenge and the facilitator reason', () => {
    expect(parse('x402-v1-verify-failed-insufficient-funds')).toMatchObject({ code: 'insufficient_funds', micropayment: { amount: '10000' } });
    expect(parse('x402-v1-settle-failed-x-payment-response').code).toBe('insufficient_funds');
    expect(parse('x402-v1-error-is-object').message).toBeUndefined();
  });

  it('x402 v2 PAYMENT-REQUIRED header', () => {
    const i = parse('x402-v2-spec-payment-required-header');
    expect(i.micropayment).toMatchObject({
      version: 2,
      amount: '10000',
      displayAmount: '0.01',
      network: 'eip155:84532',
      resource: 'https://api.example.com/premium-data',
      description: 'Access to premium market data',
      paymentHeader: 'PAYMENT-SIGNATURE',
    });
  });

  it('x402 v2 body with two options; resource.url is not a billing link', () => {
    const i = parse('x402-v2-body-multi-accepts');
    expect(i.micropayment?.options).toHaveLength(2);
    expect(i.micropayment?.network).toBe('eip155:84532');
    expect(i.links).toEqual({});
  });

  it('x402 v2 settlement failure from PAYMENT-RESPONSE alone', () => {
    const i = parse('x402-v2-settlement-failed');
    expect(i).toMatchObject({ format: 'x402', code: 'insufficient_funds', micropayment: { protocol: 'x402', version: 2, network: 'eip155:84532' } });
  });

  it('x402 HTML paywall: title only, never markup', () => {
    const i = parse('x402-v1-browser-paywall-html');
    expect(i.message).toBe('Payment Required');
    expect(i.micropayment?.protocol).toBe('x402');
  });

  it('L402: sats from the BOLT11 invoice, macaroon and invoice in options', () => {
    const i = parse('l402-lsat-www-authenticate');
    expect(i.micropayment).toMatchObject({ protocol: 'l402', amount: '150', displayAmount: '150 sats', currency: 'BTC', paymentHeader: 'Authorization' });
    expect(i.micropayment?.options[0]).toMatchObject({ macaroon: 'AGIAJEemVQUTEyNCR0exk7ek90Cg==' });
  });

  it('Payment auth scheme: request decoded, problem detail kept', () => {
    const i = parse('mpp-payment-auth-challenge', { now: () => Date.parse('2025-01-15T12:00:00Z') });
    expect(i.micropayment).toMatchObject({ protocol: 'payment-auth', amount: '1000', currency: 'USD', payTo: 'acct_123', scheme: 'example', expiresAt: Date.parse('2025-01-15T12:05:00Z') });
    // far-future expiries are clamped to MAX_FUTURE_MS
    expect(parse('mpp-payment-auth-challenge').micropayment?.expiresAt).toBe(NOW + MAX_FUTURE_MS);
    expect(i.message).toBe('Human-readable description');
    const failed = parse('mpp-verification-failed-retry-after');
    expect(failed.retryAt).toBe(NOW + 60_000);
    expect(failed.code).toBe('https://paymentauth.org/problems/verification-failed');
  });

  it('pay-per-crawl: price and error code', () => {
    const i = parse('cloudflare-pay-per-crawl-max-price-too-low');
    expect(i).toMatchObject({ code: 'InvalidCrawlerMaxPrice', micropayment: { protocol: 'pay-per-crawl', currency: 'USD', amount: '0.01', displayAmount: '0.01' } });
  });

  it('GraphQL and tRPC codes', () => {
    expect(parse('graphql-apollo-payment-required-extension', { statuses: [200, 402] })).toMatchObject({ format: 'graphql', code: 'PAYMENT_REQUIRED' });
    expect(parse('trpc-payment-required')).toMatchObject({ format: 'trpc', code: 'PAYMENT_REQUIRED', message: 'Upgrade to Pro to export reports' });
  });

  it('a JSON string literal body is prose', () => {
    const i = parse('control-xai-429-team-credits-json-string');
    expect(i.format).toBe('text');
    expect(i.message).toMatch(/^Your team .* spending limit\.$/);
  });

  it('plain text 402 is a valid unknown incident', () => {
    // The body only repeats the status line: no message, so the generic text is shown.
    expect(parse('plain-text-402')).toEqual({ reason: 'unknown', status: 402, links: {}, format: 'text', raw: 'Payment Required' });
  });
});
