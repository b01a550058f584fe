import * as z from 'zod/mini';
import { z as classic } from 'zod';
import { describe, expect, it } from 'vitest';
import { invoiceSats } from '../../src/core/formats/l402';
import { stripeReason } from '../../src/core/formats/stripe';
import { formatUnits } from '../../src/core/formats/x402';
import { defineFormat, type ParseOptions } from '../../src/core/parse/options';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { paymentRequiredIncidentSchema } from '../../src/core/schema';
import { MAX_FUTURE_MS } from '../../src/core/limits';
import type { PaymentRequiredInput } from '../../src/core/types';

const NOW = Date.parse('2025-07-01T10:00:00Z');
const parse = (input: Partial<PaymentRequiredInput>, options: ParseOptions = {}) => {
  const incident = parsePaymentRequired({ status: 402, ...input }, { now: () => NOW, ...options });
  expect(paymentRequiredIncidentSchema.safeParse(incident).error).toBeUndefined();
  return incident;
};
const b64 = (v: unknown) => btoa(JSON.stringify(v));
const b64url = (v: unknown) => b64(v).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('Stripe', () => {
  it.each([
    ['card_declined', undefined, 'payment_failed'],
    ['card_declined', 'insufficient_funds', 'payment_failed'],
    ['card_declined', 'do_not_honor', 'payment_failed'],
    ['card_declined', 'try_again_later', 'payment_failed'],
    ['card_declined', 'card_velocity_exceeded', 'payment_failed'],
    ['card_declined', 'expired_card', 'payment_method_invalid'],
    ['card_declined', 'incorrect_cvc', 'payment_method_invalid'],
    ['card_declined', 'card_not_supported', 'payment_method_invalid'],
    ['card_declined', 'currency_not_supported', 'payment_method_invalid'],
    ['expired_card', undefined, 'payment_method_invalid'],
    ['incorrect_zip', undefined, 'payment_method_invalid'],
    ['invalid_expiry_year', undefined, 'payment_method_invalid'],
    // Stripe documents it as a fault while processing, to be tried again: no cause, no decline.
    ['processing_error', undefined, 'unknown'],
    ['authentication_required', 'authentication_required', 'payment_failed'],
    ['missing', undefined, 'payment_method_required'],
  ])('code %s / decline %s → %s', (code, decline_code, reason) => {
    expect(parse({ body: { error: { type: 'card_error', code, decline_code, message: 'x' } } })?.reason).toBe(reason);
  });

  it('card details from payment_method.card, source, or the payment intent', () => {
    const pm = { id: 'pm_1', type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 8, exp_year: 2026, checks: {} } };
    expect(parse({ body: { error: { type: 'card_error', code: 'card_declined', payment_method: pm } } })?.paymentMethod).toEqual({
      brand: 'visa',
      last4: '4242',
      expMonth: 8,
      expYear: 2026,
    });
    const source = { id: 'card_1', object: 'card', brand: 'MasterCard', last4: '4444', exp_month: 1, exp_year: 27 };
    expect(parse({ body: { error: { type: 'card_error', code: 'expired_card', source } } })?.paymentMethod).toEqual({
      brand: 'MasterCard',
      last4: '4444',
      expMonth: 1,
      expYear: 2027,
    });
    const payment_intent = { id: 'pi_1', last_payment_error: { payment_method: pm } };
    expect(parse({ body: { error: { type: 'card_error', code: 'card_declined', payment_intent } } })?.paymentMethod?.last4).toBe('4242');
    // junk card data is dropped, not trusted
    const junk = { card: { brand: 'x'.repeat(100), last4: '42424242', exp_month: 13, exp_year: -1 } };
    expect(parse({ body: { error: { type: 'card_error', code: 'card_declined', payment_method: junk } } })?.paymentMethod).toEqual({
      brand: 'x'.repeat(39) + '…',
    });
  });

  it('stripeReason', () => {
    expect(stripeReason(undefined)).toBeUndefined();
    expect(stripeReason('generic_decline')).toBeUndefined();
  });
});

describe('x402', () => {
  const requirements = {
    x402Version: 2,
    error: 'PAYMENT-SIGNATURE header is required',
    resource: { url: 'https://api.example.com/r', description: 'A report' },
    accepts: [{ scheme: 'exact', network: 'eip155:8453', amount: '1250000', asset: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', payTo: '0xabc', maxTimeoutSeconds: 30, extra: { name: 'USD Coin', version: '2' } }],
  };

  it('v2 header in base64url without padding', () => {
    const i = parse({ headers: { 'PAYMENT-REQUIRED': b64url(requirements) }, body: {} });
    expect(i?.micropayment).toMatchObject({ version: 2, amount: '1250000', displayAmount: '1.25', currency: 'USDC', network: 'eip155:8453', resource: 'https://api.example.com/r', description: 'A report', expiresAt: NOW + 30_000 });
  });

  it('an unknown token shows no display amount', () => {
    const other = { ...requirements, accepts: [{ ...requirements.accepts[0], asset: '0xdef', extra: { name: 'Mystery' } }] };
    const i = parse({ headers: { 'payment-required': b64(other) } });
    expect(i?.micropayment).toMatchObject({ amount: '1250000', currency: 'Mystery' });
    expect(i?.micropayment?.displayAmount).toBeUndefined();
  });

  it('declared decimals are used', () => {
    const other = { ...requirements, accepts: [{ ...requirements.accepts[0], asset: '0xdef', extra: { name: 'TKN', decimals: 2 } }] };
    expect(parse({ headers: { 'payment-required': b64(other) } })?.micropayment?.displayAmount).toBe('12500');
  });

  it('broken headers fall back to the body', () => {
    expect(parse({ headers: { 'payment-required': '%%%not base64' }, body: { message: 'Out of credits' } })?.reason).toBe('quota_exceeded');
    expect(parse({ headers: { 'payment-required': b64('just a string') } })?.format).toBe('empty');
  });

  it('v1 error strings: "required" asks, anything else failed', () => {
    const accepts = [{ scheme: 'exact', network: 'base', maxAmountRequired: '5', payTo: '0x1', asset: '0x2' }];
    expect(parse({ body: { x402Version: 1, accepts } })?.reason).toBe('micropayment_required');
    expect(parse({ body: { x402Version: 1, error: '', accepts } })?.reason).toBe('micropayment_required');
    expect(parse({ body: { x402Version: 1, error: 'invalid_exact_evm_payload_signature', accepts } })).toMatchObject({ reason: 'payment_failed', code: 'invalid_exact_evm_payload_signature' });
    expect(parse({ body: { x402Version: 1, error: 'Payment expired', accepts } })?.reason).toBe('payment_failed');
    expect(parse({ body: { x402Version: 1, error: 'X-PAYMENT header is required', accepts, payer: '0x9' } })?.reason).toBe('payment_failed');
  });

  it('successful settlement header is not a failure', () => {
    expect(parse({ headers: { 'payment-response': b64({ success: true }) }, body: 'Payment Required' })?.reason).toBe('unknown');
  });

  it('formatUnits', () => {
    expect(formatUnits('10000', 6)).toBe('0.01');
    expect(formatUnits('1000000', 6)).toBe('1');
    expect(formatUnits('0', 6)).toBe('0');
    expect(formatUnits('123', 0)).toBe('123');
    expect(formatUnits('1.5', 6)).toBeUndefined();
    expect(formatUnits('-1', 6)).toBeUndefined();
  });
});

describe('L402, Payment auth, pay-per-crawl', () => {
  it.each([
    ['lnbc1500n1pxyz', '150'],
    ['lnbc10u1pxyz', '1000'],
    ['lnbc2m1pxyz', '200000'],
    ['lnbc10p1pxyz', '0.001'],
    ['lnbc1p1pxyz', undefined], // not a whole millisatoshi
    ['lntb20n1pxyz', '2'],
    ['lnbcrt5u1pxyz', '500'],
    ['lnbc1pxyz', undefined], // no amount
    ['nonsense', undefined],
  ])('invoice %s → %s sats', (invoice, sats) => {
    expect(invoiceSats(invoice)).toBe(sats);
  });

  it('L402 among other challenges', () => {
    const i = parse({ headers: { 'WWW-Authenticate': 'Bearer realm="api", L402 macaroon="abc", invoice="lnbc10u1pxyz"' }, url: 'https://api.example.com/x', body: 'Payment Required' });
    expect(i).toMatchObject({ reason: 'micropayment_required', format: 'l402', micropayment: { amount: '1000', scheme: 'L402', resource: 'https://api.example.com/x' } });
  });

  it('a Bearer error description that says "payment" is not a challenge', () => {
    expect(parse({ headers: { 'www-authenticate': 'Bearer error="insufficient_scope", error_description="payment required"' } })?.format).toBe('empty');
  });

  it.each(['payment-insufficient', 'payment-expired', 'malformed-credential', 'invalid-challenge'])('paymentauth problem %s → payment_failed', (type) => {
    const body = { type: `https://paymentauth.org/problems/${type}`, title: 'x', status: 402 };
    expect(parse({ body, headers: { 'content-type': 'application/problem+json' } })).toMatchObject({ reason: 'payment_failed', format: 'payment-auth' });
  });

  it('pay-per-crawl without an error asks for a price', () => {
    expect(parse({ headers: { 'crawler-price': 'usd 1.5' } })).toMatchObject({ reason: 'micropayment_required', micropayment: { currency: 'USD', amount: '1.5' } });
    expect(parse({ headers: { 'crawler-error': 'MissingCrawlerPrice', 'crawler-price': 'USD 0.01' } })?.reason).toBe('micropayment_required');
    expect(parse({ headers: { 'crawler-error': 'InvalidCrawlerExactPrice', 'crawler-price': 'USD 0.01' } })?.reason).toBe('payment_failed');
  });
});

describe('GraphQL and tRPC', () => {
  const gql = { data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] };

  it('a 200 GraphQL error without a billing signal is not an incident', () => {
    expect(parsePaymentRequired({ status: 200, body: gql }, { statuses: [200, 402] })).toBeNull();
    expect(parsePaymentRequired({ status: 200, body: { data: { ok: true } } }, { statuses: [200, 402] })).toBeNull();
  });

  it('billing codes and messages on 200', () => {
    const credits = { errors: [{ message: 'You have run out of credits', extensions: { code: 'BAD_USER_INPUT' } }] };
    expect(parse({ status: 200, body: credits }, { statuses: [200] })?.reason).toBe('quota_exceeded');
    const plan = { errors: [{ message: 'x', extensions: { code: 'PLAN_UPGRADE_REQUIRED', upgradeUrl: 'https://app.example.com/upgrade' } }] };
    expect(parse({ status: 200, body: plan }, { statuses: [200] })).toMatchObject({ reason: 'upgrade_required', links: { upgrade: 'https://app.example.com/upgrade' } });
  });

  it('tRPC without transformer, and batched', () => {
    const shape = { message: 'Your subscription has expired', code: -32002, data: { code: 'PAYMENT_REQUIRED', httpStatus: 402 } };
    expect(parse({ body: { error: shape } })).toMatchObject({ reason: 'subscription_inactive', format: 'trpc' });
    expect(parse({ body: [{ result: { data: 1 } }, { error: { json: shape } }] })).toMatchObject({ reason: 'subscription_inactive', format: 'trpc' });
    expect(parse({ body: { error: { ...shape, message: 'Payment required' } } })?.reason).toBe('unknown');
  });
});

describe('common JSON shapes', () => {
  it('nested error.error (double-wrapped OpenRouter)', () => {
    expect(parse({ body: { error: { error: { code: 402, message: 'Insufficient credits' } } } })?.reason).toBe('quota_exceeded');
  });

  it('ElevenLabs {detail:{status,message}} with figures', () => {
    const i = parse({ body: { detail: { status: 'quota_exceeded', message: 'Quota exceeded', character_used: 10059, character_limit: 10000 } } });
    expect(i).toMatchObject({ reason: 'quota_exceeded', code: 'quota_exceeded', quota: { used: 10059, limit: 10000 } });
    expect(i?.quota?.remaining).toBeUndefined();
  });

  it('subscription.status alone', () => {
    expect(parse({ body: { subscription: { status: 'unpaid' } } })?.reason).toBe('subscription_inactive');
  });

  it('plans as strings, objects and ids; required plan from prose', () => {
    expect(parse({ body: { code: 'upgrade_required', current_plan: 'free', required_plan: { slug: 'pro', display_name: 'Pro' } } })?.plan).toEqual({
      current: { id: 'free' },
      required: { id: 'pro', name: 'Pro' },
    });
    expect(parse({ body: { message: 'Webhooks require the Growth plan.' } })?.plan).toEqual({ required: { id: 'growth', name: 'Growth' } });
  });

  it('credits and units', () => {
    expect(parse({ body: { error: 'insufficient_credits', credits: 0, credits_required: 5, unit: 'credits' } })?.quota).toEqual({ remaining: 0, unit: 'credits' });
  });

  it('a top-level array', () => {
    expect(parse({ body: [{ message: 'Your subscription is past due' }] })?.reason).toBe('subscription_inactive');
  });

  it('status codes from body never override the HTTP status', () => {
    expect(parse({ body: { status: 500, message: 'Credit limit exceeded' } })?.status).toBe(402);
  });
});

describe('custom formats', () => {
  const acme = defineFormat({
    name: 'acme',
    schema: z.object({ acme: z.object({ kind: z.literal('seats'), portal: z.string(), until: z.number() }) }),
    map: (data) => ({
      reason: 'upgrade_required',
      message: `Seat limit <b>reached</b>\u0000 ${'!'.repeat(1000)}`,
      links: { billingPortal: data.acme.portal },
      retryAt: data.acme.until,
      quota: { limit: -1, remaining: 3, resetAt: Infinity },
    }),
  });

  it('runs first and its output is sanitized like everything else', () => {
    const body = { acme: { kind: 'seats', portal: 'javascript:alert(1)', until: 1e20 }, error: { type: 'card_error', code: 'card_declined' } };
    const i = parse({ body }, { formats: [acme] });
    expect(i).toMatchObject({ reason: 'upgrade_required', format: 'custom', links: {}, retryAt: NOW + MAX_FUTURE_MS, quota: { remaining: 3 } });
    expect(i?.message?.startsWith('Seat limit reached !')).toBe(true);
    expect(i?.message?.length).toBe(500);
  });

  it('non-matching, null-returning or throwing formats fall through to the built-ins', () => {
    const body = { error: { type: 'card_error', code: 'card_declined' } };
    const nulls = defineFormat({ name: 'n', schema: z.unknown(), map: () => null });
    const throws = defineFormat({ name: 't', schema: z.unknown(), map: () => { throw new Error('boom'); } });
    expect(parse({ body }, { formats: [acme, nulls, throws] })).toMatchObject({ reason: 'payment_failed', format: 'stripe' });
  });

  it('accepts classic zod schemas and text bodies', () => {
    const legacy = defineFormat({ name: 'legacy', schema: classic.string().startsWith('ERR42'), map: (s, input) => ({ reason: 'payment_method_required', code: s.slice(0, 5), url: input.url }) });
    expect(parse({ body: 'ERR42 no card', url: 'https://x.test/a' }, { formats: [legacy] })).toMatchObject({ reason: 'payment_method_required', code: 'ERR42', url: 'https://x.test/a', format: 'custom' });
  });

  it('maps what the schema outputs (its transforms applied); an async schema is skipped, never awaited', () => {
    const cents = defineFormat({
      name: 'cents',
      schema: classic.object({ owed_cents: classic.number().transform((n) => n / 100) }),
      map: (data) => ({ reason: 'payment_failed', message: `You owe $${data.owed_cents.toFixed(2)}.` }),
    });
    expect(parse({ body: { owed_cents: 1250 } }, { formats: [cents] })).toMatchObject({ reason: 'payment_failed', format: 'custom', message: 'You owe $12.50.' });
    const slow = defineFormat({ name: 'slow', schema: classic.unknown().refine(async () => true), map: () => ({ reason: 'upgrade_required' }) });
    expect(parse({ body: { error: { type: 'card_error', code: 'card_declined' } } }, { formats: [slow] })).toMatchObject({ reason: 'payment_failed', format: 'stripe' });
  });

  it('can recognise a 200 body when 200 is opted in', () => {
    const soft = defineFormat({ name: 'soft', schema: z.object({ ok: z.literal(false), billing: z.literal(true) }), map: () => ({ reason: 'subscription_inactive' }) });
    expect(parse({ status: 200, body: { ok: false, billing: true } }, { statuses: [200], formats: [soft] })?.reason).toBe('subscription_inactive');
  });
});

describe('bodies that only repeat the status line', () => {
  it.each(['Payment Required', '402 Payment Required', 'HTTP/1.1 402 Payment Required', '<html><head><title>402 Payment Required</title></head></html>'])(
    '%s gives no message, so the generic text is shown',
    (body) => {
      const incident = parsePaymentRequired({ status: 402, body });
      expect(incident?.reason).toBe('unknown');
      expect(incident?.message).toBeUndefined();
    },
  );

  it('real prose is kept', () => {
    expect(parsePaymentRequired({ status: 402, body: 'Payment required: your trial has ended.' })?.message).toBe(
      'Payment required: your trial has ended.',
    );
  });
});
