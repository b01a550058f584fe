// @vitest-environment node
/** The 402 as it goes on the wire: headers, body members, validation errors, shipped schemas. */
import { describe, expect, it } from 'vitest';
import { PAYMENT_REQUIRED_REASONS } from '../../src/core/types';
import {
  PAYMENT_REQUIRED_EXPOSED_HEADERS,
  PROBLEM_TYPES,
  exposeHeaders,
  paymentRequiredOpenApi,
  paymentRequiredProblem,
  paymentRequiredProblemJsonSchema,
  paymentRequiredResponse,
  type PaymentRequiredOptions,
} from '../../src/server';

const HOUR = 3_600_000;
const x402 = {
  resource: { url: 'https://api.example.com/report', description: 'Monthly report' },
  accepts: [{ scheme: 'exact', network: 'eip155:8453', amount: '10000', asset: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C', maxTimeoutSeconds: 60 }],
};
const thrown = (options: unknown): string => {
  try {
    paymentRequiredResponse(options as PaymentRequiredOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('no error thrown');
};

describe('paymentRequiredResponse', () => {
  it('is a 402 problem+json that caches nowhere, with one stable type per reason', async () => {
    const response = paymentRequiredResponse({ reason: 'payment_failed', message: 'Your card was declined.', code: 'card_declined', declineCode: 'insufficient_funds' });
    expect(response.status).toBe(402);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      type: PROBLEM_TYPES.payment_failed,
      title: 'Payment failed',
      status: 402,
      detail: 'Your card was declined.',
      reason: 'payment_failed',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
    });
    expect(new Set(Object.values(PROBLEM_TYPES)).size).toBe(PAYMENT_REQUIRED_REASONS.length);
  });

  it('sends quota figures in the body and as Retry-After and IETF RateLimit fields the browser may read', async () => {
    const now = Date.now();
    const resetAt = now + HOUR + 400;
    const response = paymentRequiredResponse({ reason: 'quota_exceeded', quota: { limit: 1000, used: 1000, unit: 'credits', resetAt, policy: 'monthly' } });
    const retryAfter = Number(response.headers.get('retry-after'));
    // Whole seconds rounded up (the clock moved on between the two Date.now() calls at most a little).
    expect(retryAfter).toBeGreaterThanOrEqual(3600);
    expect(retryAfter).toBeLessThanOrEqual(3601);
    expect(response.headers.get('ratelimit')).toBe(`"monthly";r=0;t=${retryAfter}`);
    expect(response.headers.get('ratelimit-policy')).toBe('"monthly";q=1000');
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After, RateLimit, RateLimit-Policy');
    const body = await response.json();
    expect(body.quota).toEqual({ limit: 1000, used: 1000, unit: 'credits', reset_at: new Date(resetAt).toISOString() });
    expect(body['violated-policies']).toEqual(['monthly']);
  });

  it('leaves out RateLimit fields it cannot fill with whole numbers, and Retry-After when waiting is not the remedy', () => {
    const { headers } = paymentRequiredProblem({ reason: 'upgrade_required', quota: { limit: 2.5, remaining: 0, resetAt: Date.now() + HOUR } });
    expect(headers['RateLimit-Policy']).toBeUndefined();
    expect(headers['RateLimit']).toMatch(/^"quota";r=0;t=\d+$/);
    expect(headers['Retry-After']).toBeUndefined();
  });

  it('sends a micropayment as the x402 v2 PAYMENT-REQUIRED header', () => {
    const { headers } = paymentRequiredProblem({ reason: 'micropayment_required', micropayment: x402 });
    const decoded = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(headers['PAYMENT-REQUIRED']!), (c) => c.charCodeAt(0))));
    // No `error` member: the client shows the problem's detail, and x402 clients do not need it.
    expect(decoded).toEqual({ x402Version: 2, resource: x402.resource, accepts: x402.accepts });
    expect(headers['Access-Control-Expose-Headers']).toBe('PAYMENT-REQUIRED');
  });

  it('keeps headers from init, lets its own win, and merges the CORS expose list', async () => {
    const response = paymentRequiredResponse(
      { reason: 'quota_exceeded', quota: { remaining: 0, resetAt: Date.now() + HOUR } },
      { headers: { 'X-Request-Id': 'req_1', 'Content-Type': 'text/plain', 'Access-Control-Expose-Headers': 'X-Request-Id, retry-after' }, statusText: 'Payment Required' },
    );
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('access-control-expose-headers')).toBe('X-Request-Id, retry-after, RateLimit');
    expect(response.statusText).toBe('Payment Required');
  });

  it('returns the same body and headers as plain data for frameworks that build responses', async () => {
    const options: PaymentRequiredOptions = { reason: 'upgrade_required', plan: { current: 'free', required: { id: 'pro', name: 'Pro' } }, feature: 'saml_sso', links: { upgrade: '/billing/plans' } };
    const problem = paymentRequiredProblem(options);
    const response = paymentRequiredResponse(options);
    expect(problem.status).toBe(402);
    expect(await response.json()).toEqual(problem.body);
    expect(Object.fromEntries(response.headers)).toEqual(Object.fromEntries(new Headers(problem.headers)));
    // A path is sent as written: the server does not know the page's origin.
    expect(problem.body).toMatchObject({ current_plan: { id: 'free' }, required_plan: { id: 'pro', name: 'Pro' }, feature: 'saml_sso', upgrade_url: '/billing/plans' });
  });
});

describe('exposeHeaders', () => {
  it('lists every header the client reads, once, after what is already exposed', () => {
    const headers = exposeHeaders(new Headers({ 'Access-Control-Expose-Headers': 'X-Trace, date' }));
    const listed = headers.get('access-control-expose-headers')!.split(', ');
    expect(listed.slice(0, 2)).toEqual(['X-Trace', 'date']);
    expect(listed.filter((name) => name.toLowerCase() === 'date')).toHaveLength(1);
    for (const name of ['Retry-After', 'RateLimit', 'RateLimit-Policy', 'PAYMENT-REQUIRED']) expect(listed).toContain(name);
    expect(PAYMENT_REQUIRED_EXPOSED_HEADERS).toContain('WWW-Authenticate');
    expect(exposeHeaders(new Headers({ 'Access-Control-Expose-Headers': '*' })).get('access-control-expose-headers')).toBe('*');
  });
});

describe('bad options throw a TypeError naming the field, never a malformed 402', () => {
  it.each([
    [{ reason: 'broke' }, /reason: must be one of "payment_method_required"/],
    [{ reason: 'quota_exceeded', quota: { limit: -1 } }, /quota\.limit: must be ≥ 0/],
    [{ reason: 'quota_exceeded', quota: { limit: Number.NaN } }, /quota\.limit: expected number/],
    [{ reason: 'quota_exceeded', quota: { resetat: 5 } }, /quota: unknown option\(s\) "resetat"/],
    [{ reason: 'quota_exceeded', quota: { resetAt: 1.5 } }, /quota\.resetAt: has none of the accepted shapes/],
    [{ reason: 'upgrade_required', links: { upgrade: 'javascript:alert(1)' } }, /links\.upgrade: "javascript:alert\(1\)" would be dropped by the client/],
    [{ reason: 'upgrade_required', links: { docs: 'http://docs.example.com' } }, /links\.docs: .* use an https: URL/],
    [{ reason: 'quota_exceeded', code: 'card_declined' }, /code: "card_declined" reads as "payment_failed" to the client/],
    [{ reason: 'micropayment_required' }, /micropayment: required when reason is "micropayment_required"/],
    [{ reason: 'payment_failed', micropayment: x402 }, /micropayment: only for reason "micropayment_required"/],
    [{ reason: 'payment_failed', paymentMethod: { brand: 'visa' } }, /paymentMethod\.last4: expected string/],
    [{ reason: 'payment_failed', paymentMethod: { last4: '4242 4242 4242 4242' } }, /paymentMethod\.last4: does not match/],
    [{ reason: 'payment_failed', message: 'x'.repeat(501) }, /message: must be at most 500 characters/],
    [{ reason: 'payment_failed', message: '   ' }, /message: must not be empty/],
    [{ reason: 'micropayment_required', micropayment: { ...x402, accepts: [] } }, /micropayment\.accepts: needs at least 1 item/],
    [{ reason: 'micropayment_required', micropayment: { ...x402, accepts: [{ ...x402.accepts[0], amount: '0.01' }] } }, /micropayment\.accepts\.0\.amount: does not match/],
    [null, /options: expected object/],
    ['quota_exceeded', /options: expected object/],
  ])('%j', (options, message) => {
    expect(thrown(options)).toMatch(message);
  });

  it('names every bad field at once', () => {
    const message = thrown({ reason: 'upgrade_required', message: '', plan: { required: { name: 'Pro' } }, quota: { used: -3 } });
    expect(message).toMatch(/message:/);
    expect(message).toMatch(/plan\.required/);
    expect(message).toMatch(/quota\.used/);
  });
});

describe('shipped schemas', () => {
  it('the JSON Schema (2020-12) covers every member a full 402 sends, and the reasons', () => {
    const { body } = paymentRequiredProblem({
      reason: 'quota_exceeded',
      message: 'Monthly credits used up.',
      code: 'insufficient_credits',
      declineCode: 'n/a',
      plan: { current: 'free', required: 'pro' },
      feature: 'exports',
      quota: { limit: 10, used: 10, remaining: 0, unit: 'credits', resetAt: Date.now() + HOUR },
      links: { billingPortal: '/billing', upgrade: '/plans', support: 'https://example.com/help', docs: 'https://docs.example.com/402' },
      paymentMethod: { brand: 'visa', last4: '4242', expMonth: 4, expYear: 2030 },
    });
    const schema = paymentRequiredProblemJsonSchema as { $schema: string; properties: Record<string, { enum?: string[] }>; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const member of Object.keys(body)) expect(schema.properties).toHaveProperty([member]);
    expect(schema.required).toEqual(['type', 'title', 'status', 'reason']);
    expect(schema.properties.reason?.enum).toEqual(PAYMENT_REQUIRED_REASONS);
  });

  it('the OpenAPI 3.1 component holds the same schema and a response to reference', () => {
    const doc = paymentRequiredOpenApi as {
      openapi: string;
      components: { schemas: Record<string, unknown>; responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> };
    };
    const { $schema: _dialect, ...schema } = paymentRequiredProblemJsonSchema;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas.PaymentRequiredProblem).toEqual(schema);
    expect(doc.components.responses.PaymentRequired?.content['application/problem+json']?.schema.$ref).toBe('#/components/schemas/PaymentRequiredProblem');
  });
});
