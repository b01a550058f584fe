/**
 * Property-based fuzzing of the parser and of `extractHttpFailure` (issue #6, SPEC §8): whatever a
 * server, a network or a fetcher library hands over, parsing never throws, does bounded work and
 * yields an incident that keeps the library's promises (schema, link policy, message cap, times).
 *
 * `npm test` runs about 11,000 cases with a fixed seed; `npm run fuzz` runs 100,000 with a new seed
 * each time (`FUZZ_RUNS=…` for another total, `FUZZ_SEED=…` to replay the seed a failure printed).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apolloFailure } from '../../src/adapters/apollo';
import { axiosFailure } from '../../src/adapters/axios';
import { graphqlRequestFailure } from '../../src/adapters/graphqlRequest';
import { kyFailure } from '../../src/adapters/ky';
import { ofetchFailure } from '../../src/adapters/ofetch';
import { openapiFetchFailure } from '../../src/adapters/openapiFetch';
import { trpcFailure } from '../../src/adapters/trpc';
import { HttpError, PaymentRequiredError } from '../../src/core/error';
import { extractHttpFailure, type FailureExtractor } from '../../src/core/extract';
import { sanitizeLink, type LinkPolicy } from '../../src/core/links';
import { parseIncident } from '../../src/core/parse/parseIncident';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import type { ParseOptions } from '../../src/core/parse/options';
import { paymentRequiredIncidentSchema } from '../../src/core/schema';
import { MAX_BODY_CHARS, MAX_FUTURE_MS } from '../../src/core/limits';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { realFixtures } from '../fixtures/402';

// ---------------------------------------------------------------------------------------------
// Budget: the total number of cases, shared out between the properties below.

const TOTAL = Number(process.env.FUZZ_RUNS) > 0 ? Math.floor(Number(process.env.FUZZ_RUNS)) : 10_500;
const runs = (share: number) => Math.max(1, Math.round((TOTAL * share) / 10_500));
// A ceiling against a hang, scaled with the budget; never an assertion about speed.
const TIMEOUT = Math.max(120_000, TOTAL * 20);
let cases = 0;

// Fixed seed in `npm test` so a red CI run reproduces; a long campaign explores new ground each time.
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 402;
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }) });

// Dropped links warn in development; thousands of hostile links would flood the output.
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------------------------
// The real fixtures (test/fixtures/402).

const fixtures = realFixtures;

// ---------------------------------------------------------------------------------------------
// What every incident must satisfy.

const STATUSES = [200, 400, 402, 403, 429];
// Characters cleanText promises to remove, and a markup tag as it defines one (≤ 500 characters).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
const TAG = /<\/?[a-z][^<>]{0,500}>/i;

interface Run {
  status: number;
  options: ParseOptions;
  now: number;
}

function checkIncident(incident: PaymentRequiredIncident | null, { status, options, now }: Run): void {
  cases++;
  if (status === 402) expect(incident).not.toBeNull();
  if (!incident) return;
  expect(paymentRequiredIncidentSchema.safeParse(incident).error).toBeUndefined();

  for (const link of Object.values(incident.links)) expect(sanitizeLink(link, options.links)).toBe(link);

  if (incident.message !== undefined) {
    expect(typeof incident.message).toBe('string');
    expect(incident.message.length).toBeLessThanOrEqual(options.maxMessageLength ?? 500);
    expect(incident.message).not.toMatch(HIDDEN);
    expect(incident.message).not.toMatch(TAG);
  }

  for (const t of [incident.retryAt, incident.quota?.resetAt, incident.micropayment?.expiresAt]) {
    if (t === undefined) continue;
    expect(Number.isFinite(t)).toBe(true);
    expect(t).toBeGreaterThan(now);
    expect(t).toBeLessThanOrEqual(now + MAX_FUTURE_MS);
  }
}

function parseAndCheck(input: { status: number; headers?: unknown; body?: unknown; url?: unknown }, run: Omit<Run, 'status'>) {
  const options: ParseOptions = { ...run.options, statuses: STATUSES, now: () => run.now };
  const incident = parsePaymentRequired(input as never, options);
  checkIncident(incident, { ...run, status: input.status });
  // The provider parses without the per-request payment readers until a response shows a sign of
  // one: whatever it parses that way must be exactly what the full parser gives.
  const withoutReaders = parseIncident(input as never, options, undefined);
  if (withoutReaders !== undefined) expect(withoutReaders).toEqual(incident);
  return incident;
}

// ---------------------------------------------------------------------------------------------
// Generators.

const POLICIES: (LinkPolicy | undefined)[] = [
  undefined,
  {},
  { baseUrl: 'https://app.example.com' },
  { baseUrl: 'https://app.example.com/deep/page', allowedOrigins: ['https://billing.stripe.com', 'https://*.example.org'] },
  { allowHttpLocalhost: false },
  { baseUrl: 'not a url', allowedOrigins: ['*', 'https://*', 'javascript:alert(1)'] },
];
const optionsArb = fc.record({
  links: fc.constantFrom(...POLICIES),
  maxMessageLength: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
});
const nowArb = fc.oneof(fc.constant(Date.parse('2025-07-01T10:00:00Z')), fc.integer({ min: 0, max: 4e12 }));
const statusArb = fc.constantFrom(402, 402, 402, 200, 400, 403, 429);

const KEYS = [
  'error', 'errors', 'message', 'msg', 'detail', 'title', 'type', 'code', 'decline_code', 'status', 'reason',
  'upgrade_url', 'billing_portal_url', 'billing_url', 'url', 'doc_url', 'support_url', 'links', 'href',
  'plan', 'required_plan', 'current_plan', 'feature', 'limit', 'remaining', 'used', 'reset', 'resets_at',
  'reset_at', 'retry_after', 'retryAfter', 'quota', 'x402Version', 'accepts', 'payTo', 'maxAmountRequired',
  'asset', 'network', 'scheme', 'resource', 'extensions', 'data', 'httpStatus', 'payment_method', 'card',
  'last4', 'brand', 'exp_month', 'exp_year', 'violated-policies', 'instance', 'errorCode', '__proto__',
  'constructor', 'prototype', 'toString', 'hasOwnProperty',
];
const WORDS = [
  'card_declined', 'insufficient_funds', 'insufficient_quota', 'quota_exceeded', 'payment_required',
  'upgrade_required', 'subscription_inactive', 'expired_card', 'card_error', 'invalid_request_error',
  'PAYMENT_REQUIRED', 'Insufficient credits. Top up at https://example.com/settings/credits.',
  'This feature is available on the Business plan', 'Your card was declined.', 'rate limit exceeded',
  'https://billing.example.com/p/session', 'https://pay.example.org/x', 'http://evil.com/billing',
  'http://localhost:3000/billing', 'javascript:alert(1)', 'data:text/html,<script>x</script>', '/billing',
  '//evil.com', '/\\evil.com', 'https://user:pass@evil.com/', 'https://evil.com/\u202ebilling',
  'Mon, 01 Jan 2035 00:00:00 GMT', '2030-01-01T00:00:00Z', '2001-01-01T00:00:00Z', 'yesterday', '1e308',
  '99999999999999999999', '-1', '0', '60', '4242', '2099', 'usd', 'base-sepolia', 'exact',
  '<b>bold</b>', '<a<b>>', '<script>alert(1)</script>', '\u0000\u200b\u202e', '\ud800', '&amp;',
];
const hostileChars = fc.string({
  unit: fc.constantFrom('<', '>', '/', 'a', 'b', ' ', '\n', '\u202e', '\u200b', '\u0000', '\u00ad', '&', '"', '{', '}', ':', 'h', 't', 'p', 's', '\\', '€', '\ud83d', '\ude00', 'é'),
  maxLength: 60,
});
const stringArb = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  hostileChars,
  fc.constantFrom(...WORDS),
);
const numberArb = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e9 + 1, 1e12 + 1, 1e308, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, 0.3),
);
const leafArb = fc.oneof(stringArb, numberArb, fc.boolean(), fc.constant(null), fc.constant(undefined));

// Bodies shaped like billing errors: vocabulary keys over nested objects and arrays.
const { tree: billingBody } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  tree: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })), tie('node'), { maxKeys: 8 }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafArb, tie('tree'), fc.array(tie('node'), { maxLength: 4 })),
}));

// A cheaper body for places where the body is not the point: real fixture bodies and small records.
const smallBody = fc.oneof(
  fc.constantFrom(...fixtures.map((f) => f.body)).map((b) => structuredClone(b)),
  fc.dictionary(fc.constantFrom(...KEYS), leafArb, { maxKeys: 4 }),
  leafArb,
);

// Header names in any letter case, values from every rate-limit / payment protocol, duplicates.
const HEADER_NAMES = [
  'retry-after', 'date', 'ratelimit', 'ratelimit-policy', 'ratelimit-limit', 'ratelimit-remaining',
  'ratelimit-reset', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-used', 'x-ratelimit-reset',
  'www-authenticate', 'payment-required', 'payment-response', 'x-payment-response', 'crawler-price',
  'crawler-error', 'content-type', 'link', '__proto__', 'constructor', 'toString', 'get',
  // Per-request schemes with no reader of their own, Lightning and Cashu headers, platform error codes.
  'x-payment-required', 'pay', 'x-lightning', 'x-lightning-invoice', 'lightning-invoice', 'x-cashu',
  'x-vercel-error', 'x-amzn-errortype', 'x-ms-error-code', 'x-error-code',
];
const HEADER_VALUES = [
  'L402 macaroon="a", invoice="lnbc1500n1x"', 'L402 macaroon="', 'Payment id="x", realm="r", method="lightning", intent="charge", request="e30"',
  '"default";r=0;t=5', '"a";r=0;t=99999999999, "b";r=5', '"default";q=100;qu="requests";w=60', 'limit=100, remaining=0, reset=5',
  '100;w=60', 'USD 0.01', 'Wed, 21 Oct 2035 07:28:00 GMT', 'Wed, 21 Oct 1970 07:28:00 GMT', '120', '-5', '1e308',
  '99999999999999999999', 'application/problem+json', 'application/json; charset=utf-8', '', ' ', ',,,;;;===',
  'webcash; amount="0.30000000"; action="post"', 'https://ledger.example 10 payee.recv nonce', 'DEPLOYMENT_DISABLED', ';amount=',
];
const hugeArb = fc
  .tuple(fc.constantFrom('9', 'a', ' ', '"x";r=0;t=', '<', '=', ',', ';', 'L402 ', '"', 'e30'), fc.integer({ min: 10_000, max: 200_000 }))
  .map(([chunk, n]) => chunk.repeat(Math.ceil(n / chunk.length)));
const base64JsonArb = fc
  .tuple(
    fc.oneof(billingBody, fc.jsonValue({ maxDepth: 2 }), fc.constant({ x402Version: 2, accepts: [{ scheme: 'exact', network: 'base', amount: '10000', asset: '0x', payTo: '0x1' }] })),
    fc.constantFrom('base64', 'base64url') as fc.Arbitrary<BufferEncoding>,
  )
  .map(([v, encoding]) => Buffer.from(JSON.stringify(v) ?? 'null').toString(encoding));
const headerValueArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_VALUES) },
  { weight: 2, arbitrary: stringArb },
  { weight: 1, arbitrary: hugeArb },
  { weight: 1, arbitrary: base64JsonArb },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HEADER_VALUES), stringArb), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.oneof(numberArb, fc.constant(null), fc.constant(undefined), fc.constant({ toString: 'x' })) },
);
const headerNameArb = fc.oneof({ weight: 4, arbitrary: fc.mixedCase(fc.constantFrom(...HEADER_NAMES)) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
const headerPairs = fc.array(fc.tuple(headerNameArb, headerValueArb), { maxLength: 8 });

const throwing = () => {
  throw new Error('hostile');
};
// The containers fetchers use: plain records (names repeated in other cases), Map, Headers, and hostile ones.
const headersArb = fc.tuple(headerPairs, fc.constantFrom('record', 'record', 'map', 'headers', 'throwing-get', 'proxy', 'absent')).map(([pairs, kind]) => {
  switch (kind) {
    case 'record': {
      const o: Record<string, unknown> = {};
      for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
      return o;
    }
    case 'map':
      return new Map(pairs);
    case 'headers': {
      const h = new Headers();
      for (const [k, v] of pairs) {
        try {
          h.append(k, String(v));
        } catch {
          // a name or value the platform refuses: a real server could not have sent it
        }
      }
      return h;
    }
    case 'throwing-get':
      return { ...Object.fromEntries(pairs), get: throwing };
    case 'proxy':
      return new Proxy(Object.fromEntries(pairs), { get: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing });
    default:
      return undefined;
  }
});

// ---------------------------------------------------------------------------------------------
// Fixture mutations: drop, retype, nest or duplicate a field anywhere in the body or headers.

type Mutation = { op: 'drop' | 'retype' | 'nest' | 'duplicate'; pick: number; value: unknown };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('drop', 'retype', 'nest', 'duplicate'),
  pick: fc.nat(),
  value: fc.oneof(leafArb, fc.jsonValue({ maxDepth: 1 }), smallBody),
});

// Every [container, key] in a JSON value, breadth-first, bounded.
function slots(root: unknown): [Record<string, unknown>, string][] {
  const out: [Record<string, unknown>, string][] = [];
  const queue: unknown[] = [root];
  while (queue.length && out.length < 200) {
    const o = queue.shift();
    if (typeof o !== 'object' || o === null) continue;
    for (const k of Object.keys(o)) {
      out.push([o as Record<string, unknown>, k]);
      queue.push((o as Record<string, unknown>)[k]);
    }
  }
  return out;
}

// A duplicated key is spelled with this marker until the body is serialised, then made a real duplicate.
const DUP = '\u0001dup';

function mutate(body: unknown, mutations: Mutation[]): { body: unknown; asText: boolean } {
  let asText = false;
  if (typeof body === 'string') {
    const data = (() => {
      try {
        return JSON.parse(body) as unknown;
      } catch {
        return undefined;
      }
    })();
    if (data === undefined || typeof data !== 'object') {
      // Text bodies: cut, splice in or repeat a piece.
      let text = body;
      for (const m of mutations) {
        const at = m.pick % (text.length + 1);
        const piece = typeof m.value === 'string' ? m.value : JSON.stringify(m.value) ?? '';
        text = m.op === 'drop' ? text.slice(0, at) : m.op === 'duplicate' ? text + text.slice(at) : text.slice(0, at) + piece + text.slice(at);
      }
      return { body: text, asText: true };
    }
    body = data;
    asText = true;
  }
  const root = { body: structuredClone(body) };
  for (const mutation of mutations) {
    // Values are copied in, so no mutation can reach a shared fixture or make a cycle.
    const m = { ...mutation, value: structuredClone(mutation.value) };
    const all = slots(root);
    const slot = all[m.pick % all.length];
    if (!slot) continue;
    const [o, k] = slot;
    if (m.op === 'drop') delete o[k];
    else if (m.op === 'retype') o[k] = m.value;
    else if (m.op === 'nest') o[k] = m.pick % 2 ? [o[k]] : { [k]: o[k], value: o[k] };
    else if (!Array.isArray(o)) {
      o[k + DUP] = m.value;
      asText = true;
    }
  }
  if (!asText) return { body: root.body, asText };
  const text = JSON.stringify(root.body, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
  return { body: (text ?? '').split(JSON.stringify(DUP).slice(1, -1) + '"').join('"'), asText };
}

const fixtureArb = fc.tuple(fc.constantFrom(...fixtures), fc.array(mutationArb, { minLength: 1, maxLength: 5 }), headerPairs, fc.boolean());

// ---------------------------------------------------------------------------------------------
// Thrown values for extractHttpFailure: fetcher-library shapes made hostile.

// Header containers for thrown values, built once: generating fresh ones per case is the slow part.
const THROWN_HEADERS = fc.sample(headersArb, { numRuns: 40, seed: 7 });
const thrownHeaders = fc.constantFrom(...THROWN_HEADERS);
const statusLike = fc.oneof(fc.constantFrom(402, '402', 429, 500, 200, 402.5, -1, 0, 1000, NaN, '4O2', null), fc.anything({ maxDepth: 1 }));
const responseArb = fc.record(
  {
    status: statusLike,
    statusCode: statusLike,
    ok: fc.boolean(),
    headers: thrownHeaders,
    data: fc.oneof(smallBody, stringArb),
    _data: smallBody,
    body: fc.oneof(smallBody, stringArb),
    url: stringArb,
    errors: fc.array(smallBody, { maxLength: 3 }),
    error: stringArb,
    get: fc.constant(throwing),
  },
  { requiredKeys: [] },
);
const shapeArb = fc.record(
  {
    name: fc.oneof(fc.constantFrom('HTTPError', 'FetchError', 'TRPCClientError', 'ClientError', 'CombinedGraphQLErrors', 'AxiosError', 'Error'), stringArb),
    isAxiosError: fc.boolean(),
    status: statusLike,
    statusCode: statusLike,
    headers: thrownHeaders,
    response: fc.oneof(responseArb, fc.anything({ maxDepth: 1 })),
    data: fc.oneof(smallBody, fc.record({ httpStatus: statusLike }, { requiredKeys: [] })),
    body: smallBody,
    error: fc.oneof(smallBody, stringArb),
    bodyText: stringArb,
    networkError: fc.record({ statusCode: statusLike, result: smallBody, bodyText: stringArb, response: responseArb }, { requiredKeys: [] }),
    graphQLErrors: fc.array(smallBody, { maxLength: 3 }),
    errors: fc.array(smallBody, { maxLength: 3 }),
    meta: fc.record({ response: responseArb }),
    shape: smallBody,
    config: fc.record({ url: stringArb }),
    message: stringArb,
    url: stringArb,
    cause: fc.anything({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

const HOSTILE = ['plain', 'error', 'proxy', 'throwing-getters', 'cycle', 'cause-chain', 'response', 'http-error', 'primitive'] as const;
type Recipe = [shape: Record<string, unknown>, kind: (typeof HOSTILE)[number], pick: number, any: unknown];
const recipeArb: fc.Arbitrary<Recipe> = fc.tuple(shapeArb, fc.constantFrom(...HOSTILE), fc.nat(), fc.anything());
// Built inside the property: fast-check itself must never touch a throwing trap or getter.
function buildThrown([shape, kind, pick, any]: Recipe): unknown {
  const o: Record<string, unknown> = { ...shape };
  const keys = Object.keys(o);
  switch (kind) {
    case 'error':
      return Object.assign(new Error('thrown'), o);
    case 'proxy':
      // Every trap throws, including the ones `instanceof` and `in` use.
      return new Proxy(o, {
        get: throwing,
        has: throwing,
        ownKeys: throwing,
        getOwnPropertyDescriptor: throwing,
        getPrototypeOf: throwing,
      });
    case 'throwing-getters':
      for (const k of [...keys.filter((_, i) => (pick >> i) & 1), ['status', 'response', 'name', 'cause'][pick % 4] ?? 'status']) {
        Object.defineProperty(o, k, { get: throwing, enumerable: true, configurable: true });
      }
      return o;
    case 'cycle': {
      // A cause chain that loops back: a → b → a, and a response that contains the error.
      const b: Record<string, unknown> = { name: 'Error', cause: o, response: o };
      o.cause = b;
      if (pick % 2) o.response = { status: o.status, cause: o };
      return o;
    }
    case 'cause-chain': {
      // The real failure wrapped `pick % 6` deep.
      let e: unknown = o;
      for (let i = 0; i < pick % 6; i++) e = Object.assign(new Error(`wrap ${i}`), { cause: e });
      return e;
    }
    case 'response':
      return new Response(typeof o.body === 'string' ? o.body : null, {
        status: [402, 429, 500, 200][pick % 4],
        headers: { 'retry-after': String(pick % 100) },
      });
    case 'http-error':
      return pick % 2
        ? new PaymentRequiredError({ body: o.body, headers: o.headers as never, url: typeof o.url === 'string' ? o.url : undefined })
        : new HttpError({ status: [402, 429, 500][pick % 3] ?? 402, body: o.body });
    case 'primitive':
      return any;
    default:
      return o;
  }
}

// ---------------------------------------------------------------------------------------------

describe('fuzz: parsePaymentRequired never throws and keeps its promises', () => {
  it(
    'arbitrary JSON values and JSON text as bodies',
    () => {
      fc.assert(
        fc.property(
          statusArb,
          fc.oneof(billingBody, fc.jsonValue(), fc.json(), billingBody.map((b) => JSON.stringify(b) ?? ''), fc.anything()),
          optionsArb,
          nowArb,
          (status, body, options, now) => {
            parseAndCheck({ status, body }, { options, now });
          },
        ),
        params(runs(2500)),
      );
    },
    TIMEOUT,
  );

  it(
    'arbitrary strings as bodies, URLs and messages',
    () => {
      fc.assert(
        fc.property(
          statusArb,
          stringArb,
          fc.constantFrom('', '{"error":{"message":"', '{"message":', '<html><head><title>', '"', '[', '{"errors":[{"message":"'),
          optionsArb,
          nowArb,
          (status, text, prefix, options, now) => {
            parseAndCheck({ status, body: prefix + text, url: text }, { options, now });
            parseAndCheck({ status, body: { message: text, error: { message: text, code: text }, upgrade_url: text } }, { options, now });
          },
        ),
        params(runs(2000)),
      );
    },
    TIMEOUT,
  );

  it(
    'arbitrary header maps: any casing, duplicates, arrays, huge values, hostile containers',
    () => {
      fc.assert(
        fc.property(statusArb, headersArb, fc.oneof(billingBody, stringArb, fc.constant(undefined)), optionsArb, nowArb, (status, headers, body, options, now) => {
          parseAndCheck({ status, headers, body }, { options, now });
        }),
        params(runs(2000)),
      );
    },
    TIMEOUT,
  );

  it(
    'real fixtures with fields dropped, retyped, nested and duplicated',
    () => {
      fc.assert(
        fc.property(fixtureArb, optionsArb, nowArb, ([fixture, mutations, extraHeaders, keepHeaders], options, now) => {
          const { body } = mutate(fixture.body, mutations);
          const headers: Record<string, unknown> = keepHeaders ? { ...fixture.headers } : {};
          for (const [k, v] of extraHeaders) headers[k] = v;
          parseAndCheck({ status: fixture.status, headers, body }, { options, now });
        }),
        params(runs(2500)),
      );
    },
    TIMEOUT,
  );

  it(
    'hostile input objects and options',
    () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (input, options) => {
          cases++;
          // Anything at all: the result is null or an incident, never a throw.
          const incident = parsePaymentRequired(input as never, options as never);
          expect(incident === null || typeof incident === 'object').toBe(true);
        }),
        params(runs(500)),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: work is capped before parsing', () => {
  const BIG = ['text', 'json-message', 'json-object-text', 'html-title', 'angles', 'fixture-repeated', 'braces', 'links'] as const;
  const bigBody = (kind: (typeof BIG)[number], size: number, seedText: string): string => {
    const fill = (unit: string) => unit.repeat(Math.ceil(size / Math.max(1, unit.length)));
    switch (kind) {
      case 'json-message':
        return `{"error":{"message":"${fill('x')}"}}`;
      case 'json-object-text':
        return `{${fill('"k":1,')}"message":"Insufficient credits"}`;
      case 'html-title':
        return `<html><head><title>${fill('t')}`;
      case 'angles':
        return fill('<');
      case 'braces':
        return fill('{"error":');
      case 'links':
        return fill('https://a.example/b ');
      case 'fixture-repeated':
        return fill(seedText + ' ');
      default:
        return fill(seedText || 'credits ');
    }
  };

  it(
    'multi-megabyte bodies give a valid incident',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...BIG), fc.integer({ min: 1_000_000, max: 6_000_000 }), fc.constantFrom(...fixtures), optionsArb, (kind, size, fixture, options) => {
          const seedText = typeof fixture.body === 'string' ? fixture.body : JSON.stringify(fixture.body);
          const body = bigBody(kind, size, seedText);
          expect(body.length).toBeGreaterThan(MAX_BODY_CHARS);
          parseAndCheck({ status: 402, headers: fixture.headers, body }, { options, now: Date.parse('2025-07-01T10:00:00Z') });
        }),
        params(Math.max(8, runs(8))),
      );
    },
    TIMEOUT,
  );

  it(
    'past MAX_BODY_CHARS a body is invisible: two bodies that agree on the first MAX_BODY_CHARS give the same incident',
    () => {
      // If anything read past the cap, some pair of different tails would tell the two apart.
      fc.assert(
        fc.property(
          fc.constantFrom(...fixtures),
          fc.string({ maxLength: 40 }),
          fc.tuple(stringArb, fc.integer({ min: 1, max: 2_000_000 })),
          fc.tuple(stringArb, fc.integer({ min: 1, max: 2_000_000 })),
          (fixture, filler, [tailA, nA], [tailB, nB]) => {
            const start = typeof fixture.body === 'string' ? fixture.body : JSON.stringify(fixture.body);
            const head = (start + (filler || ' ').repeat(MAX_BODY_CHARS)).slice(0, MAX_BODY_CHARS);
            const a = (tailA || 'a').repeat(Math.ceil(nA / Math.max(1, tailA.length)));
            const b = (tailB || 'b').repeat(Math.ceil(nB / Math.max(1, tailB.length)));
            const run = { options: {}, now: Date.parse('2025-07-01T10:00:00Z') };
            const first = parseAndCheck({ status: 402, headers: fixture.headers, body: head + a }, run);
            const second = parseAndCheck({ status: 402, headers: fixture.headers, body: head + b }, run);
            expect({ ...first, raw: undefined }).toEqual({ ...second, raw: undefined });
          },
        ),
        params(Math.max(20, runs(20))),
      );
    },
    TIMEOUT,
  );
});

// Every fetcher adapter, after one that throws (an app's own extractor may be careless).
const ADAPTERS: FailureExtractor[] = [
  throwing,
  kyFailure,
  axiosFailure,
  ofetchFailure,
  trpcFailure,
  apolloFailure,
  graphqlRequestFailure,
  openapiFetchFailure,
];

describe('fuzz: extractHttpFailure', () => {
  it(
    'any thrown value (Proxies with throwing traps, throwing getters, cyclic causes) gives null or an HTTP failure that parses, with or without the fetcher adapters',
    () => {
      fc.assert(
        fc.property(recipeArb, fc.boolean(), optionsArb, nowArb, (recipe, withAdapters, options, now) => {
          const found = extractHttpFailure(buildThrown(recipe), withAdapters ? ADAPTERS : []);
          if (found === null) {
            cases++;
            return;
          }
          expect(Number.isInteger(found.status) && found.status >= 100 && found.status <= 599).toBe(true);
          const incident = parsePaymentRequired(found, { ...options, statuses: STATUSES, now: () => now });
          checkIncident(incident, { status: found.status, options, now });
        }),
        params(runs(1500)),
      );
    },
    TIMEOUT,
  );
});

describe('fuzz budget', () => {
  it(`ran at least ${Math.min(TOTAL, 10_000)} cases`, () => {
    expect(cases).toBeGreaterThanOrEqual(Math.min(TOTAL, 10_000));
  });
});
