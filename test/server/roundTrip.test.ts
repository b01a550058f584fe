// @vitest-environment node
/**
 * SPEC §11: whatever the server half emits, the client parses back to the same incident. For every
 * reason, random options go through `paymentRequiredResponse`, are read the way a client reads a
 * response (status, `Headers`, the body text decoded as JSON), and `parsePaymentRequired` must give
 * back the reason, message, codes, plan, quota (body and headers), links, card and micropayment.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sanitizeLink } from '../../src/core/links';
import { classify } from '../../src/core/parse/classify';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { paymentRequiredIncidentSchema } from '../../src/core/schema';
import { cleanText } from '../../src/core/text';
import { PAYMENT_REQUIRED_REASONS, type PaymentRequiredReason } from '../../src/core/types';
import { PROBLEM_TYPES, paymentRequiredProblemSchema, paymentRequiredResponse, type PaymentRequiredOptions } from '../../src/server';
import { PROBLEM_TITLES } from '../../src/server/problemTypes';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0, 250);
const APP = 'https://app.example.com';
const links = { baseUrl: APP };

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

/** Reads a response the way a client does: the text, decoded as JSON. */
async function receive(response: Response) {
  const body: unknown = JSON.parse(await response.text());
  return { status: response.status, headers: response.headers, body };
}

const token = fc.stringMatching(/^[a-z][a-z0-9_]{0,24}$/);
const sentence = fc
  .array(fc.constantFrom('Your', 'card', 'plan', 'was', 'declined', 'credits', 'ran', 'out', 'upgrade', 'to', 'Pro', 'please', 'the', 'team', 'subscription', 'expired', 'retry', 'later', '€', 'über', 'ok'), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));
const text = fc.oneof(sentence, fc.string({ minLength: 1, maxLength: 120 }).filter((s) => !!s.trim() && !/https?:/i.test(s)));
const planRef = fc.oneof(token, fc.record({ id: token, name: fc.option(sentence.map((s) => s.slice(0, 100)), { nil: undefined }) }, { requiredKeys: ['id'] }));
const link = fc.oneof(
  fc.tuple(fc.constantFrom('billing.example.com', 'example.com', 'pay.stripe.com'), fc.stringMatching(/^[a-z0-9/_-]{0,30}$/)).map(([host, path]) => `https://${host}/${path}`),
  fc.stringMatching(/^\/[a-z0-9_-]{1,20}(\/[a-z0-9_-]{1,20})?$/),
);
const count = fc.oneof(fc.nat(1_000_000), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }));

// A code the client reads as `reason`, or as nothing: others are refused by the server (tested below).
const codeFor = (reason: PaymentRequiredReason) =>
  fc.oneof(token, fc.constantFrom('card_declined', 'expired_card', 'insufficient_credits', 'subscription_past_due', 'plan_upgrade_required', 'missing')).filter((code) => {
    const read = classify([code]);
    return read === undefined || read === reason;
  });

const micropayment = fc.record({
  resource: fc.oneof(
    fc.constant('https://api.example.com/premium'),
    fc.record({ url: fc.constant('https://api.example.com/report'), description: fc.option(sentence, { nil: undefined }), mimeType: fc.option(fc.constant('application/json'), { nil: undefined }) }, { requiredKeys: ['url'] }),
  ),
  accepts: fc.array(
    fc.record({
      scheme: fc.constant('exact'),
      network: fc.constantFrom('eip155:8453', 'eip155:84532', 'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp'),
      amount: fc.stringMatching(/^[1-9][0-9]{0,12}$/),
      asset: fc.constantFrom('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', '0x036CbD53842c5426634e7929541eC2318f3dCF7e'),
      payTo: fc.stringMatching(/^0x[0-9a-f]{40}$/),
      maxTimeoutSeconds: fc.integer({ min: 1, max: 3600 }),
      extra: fc.constant({ name: 'USDC', version: '2' }),
    }, { requiredKeys: ['scheme', 'network', 'amount', 'asset', 'payTo', 'maxTimeoutSeconds'] }),
    { minLength: 1, maxLength: 3 },
  ),
}, { requiredKeys: ['resource', 'accepts'] });

const optionsFor = (reason: PaymentRequiredReason): fc.Arbitrary<PaymentRequiredOptions> =>
  fc.record(
    {
      reason: fc.constant(reason),
      message: text,
      code: codeFor(reason),
      declineCode: fc.constantFrom('insufficient_funds', 'do_not_honor', 'generic_decline'),
      plan: fc.record({ current: planRef, required: planRef }, { requiredKeys: [] }),
      feature: token,
      quota: fc.record(
        {
          limit: count,
          used: count,
          remaining: count,
          unit: fc.constantFrom('credits', 'requests', 'tokens'),
          resetAt: fc.integer({ min: NOW + 1, max: NOW + 365 * 86_400_000 }),
          policy: fc.constantFrom('monthly', 'daily'),
        },
        { requiredKeys: [] },
      ),
      links: fc.record({ billingPortal: link, upgrade: link, support: link, docs: link }, { requiredKeys: [] }),
      paymentMethod: fc.record(
        { brand: fc.constantFrom('visa', 'mastercard'), last4: fc.stringMatching(/^\d{4}$/), expMonth: fc.integer({ min: 1, max: 12 }), expYear: fc.integer({ min: 2020, max: 2040 }) },
        { requiredKeys: ['last4'] },
      ),
      ...(reason === 'micropayment_required' ? { micropayment } : {}),
    },
    { requiredKeys: reason === 'micropayment_required' ? ['reason', 'micropayment'] : ['reason'] },
  ) as fc.Arbitrary<PaymentRequiredOptions>;

/** The quota figures a client can tell from what was given (it derives the third from two). */
function expectedQuota(q: NonNullable<PaymentRequiredOptions['quota']>) {
  const { limit, used: givenUsed } = q;
  let remaining = q.remaining;
  let used = givenUsed;
  if (limit !== undefined && remaining !== undefined && remaining <= limit) used ??= limit - remaining;
  if (limit !== undefined && used !== undefined && used <= limit) remaining ??= limit - used;
  const out = { limit, used, remaining, unit: q.unit, resetAt: q.resetAt === undefined ? undefined : +q.resetAt };
  const defined = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
  return Object.keys(defined).length ? defined : undefined;
}

const ref = (r: string | { id: string; name?: string } | undefined) =>
  r === undefined ? undefined : typeof r === 'string' ? { id: r } : r.name === undefined ? { id: r.id } : { id: r.id, name: cleanText(r.name, 100) };

describe('paymentRequiredResponse → parsePaymentRequired', () => {
  it.each(PAYMENT_REQUIRED_REASONS.filter((r) => r !== 'micropayment_required'))('{ reason: %s } alone round-trips', async (reason) => {
    const incident = parsePaymentRequired(await receive(paymentRequiredResponse({ reason })), { links });
    expect(incident).toMatchObject({ reason, status: 402, format: 'problem+json', message: PROBLEM_TITLES[reason], links: {} });
  });

  it.each(PAYMENT_REQUIRED_REASONS)('random options for %s round-trip', async (reason) => {
    await fc.assert(
      fc.asyncProperty(optionsFor(reason), async (options) => {
        const response = paymentRequiredResponse(options);
        const received = await receive(response);
        expect(received.status).toBe(402);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect(z.safeParse(paymentRequiredProblemSchema, received.body).success).toBe(true);

        const incident = parsePaymentRequired(received, { links })!;
        expect(z.safeParse(paymentRequiredIncidentSchema, incident).success).toBe(true);
        expect(incident.reason).toBe(reason);
        expect(incident.message).toBe(options.message === undefined ? PROBLEM_TITLES[reason] : cleanText(options.message.trim()));
        expect(incident.code).toBe(options.code ?? PROBLEM_TYPES[reason]);
        expect(incident.declineCode).toBe(options.declineCode);
        expect(incident.feature).toBe(options.feature);
        const plan = { current: ref(options.plan?.current), required: ref(options.plan?.required) };
        expect(incident.plan ?? {}).toEqual(Object.fromEntries(Object.entries(plan).filter(([, v]) => v)));
        expect(incident.quota).toEqual(options.quota && expectedQuota(options.quota));
        expect(incident.paymentMethod).toEqual(options.paymentMethod);
        const expectedLinks = Object.fromEntries(Object.entries(options.links ?? {}).map(([kind, url]) => [kind, sanitizeLink(url, links)]));
        expect(incident.links).toEqual(expectedLinks);

        const resetAt = options.quota?.resetAt === undefined ? undefined : +options.quota.resetAt;
        if (reason === 'quota_exceeded' && resetAt !== undefined) {
          // Retry-After is whole seconds, rounded up: never earlier than the reset.
          expect(incident.retryAt).toBeGreaterThanOrEqual(resetAt);
          expect(incident.retryAt).toBeLessThan(resetAt + 1000);
        } else {
          expect(incident.retryAt).toBeUndefined();
        }

        if (reason === 'micropayment_required') {
          const { accepts, resource } = options.micropayment!;
          const first = accepts[0]!;
          expect(incident.format).toBe('x402');
          expect(incident.micropayment).toMatchObject({
            protocol: 'x402',
            version: 2,
            amount: first.amount,
            asset: first.asset,
            network: first.network,
            scheme: first.scheme,
            payTo: first.payTo,
            resource: typeof resource === 'string' ? resource : resource.url,
            expiresAt: NOW + first.maxTimeoutSeconds * 1000,
            paymentHeader: 'PAYMENT-SIGNATURE',
            options: accepts,
          });
          if (typeof resource !== 'string' && resource.description) expect(incident.micropayment?.description).toBe(cleanText(resource.description, 200));
        } else {
          expect(incident.format).toBe('problem+json');
          expect(incident.micropayment).toBeUndefined();
        }
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it('the quota headers alone tell the client the figures and the reset (a body without quota)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: NOW + 1, max: NOW + 365 * 86_400_000 }),
        async (limit, spent, resetAt) => {
          const used = Math.min(spent, limit);
          const response = paymentRequiredResponse({ reason: 'quota_exceeded', quota: { limit, used, resetAt, policy: 'monthly' } });
          const { body, ...rest } = await receive(response);
          const { quota: _quota, ...bodyWithoutQuota } = body as Record<string, unknown>;
          expect(response.headers.get('ratelimit-policy')).toBe(`"monthly";q=${limit}`);
          const incident = parsePaymentRequired({ ...rest, body: bodyWithoutQuota }, { links })!;
          const secs = Math.ceil((resetAt - NOW) / 1000);
          expect(response.headers.get('retry-after')).toBe(String(secs));
          expect(incident.quota).toEqual({ limit, used, remaining: limit - used, resetAt: NOW + secs * 1000 });
          expect(incident.retryAt).toBe(NOW + secs * 1000);
        },
      ),
      { numRuns: 200, seed: 17 },
    );
  });
});
