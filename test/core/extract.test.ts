import { describe, expect, it } from 'vitest';
import { assertOk, HttpError, PaymentRequiredError } from '../../src/core/error';
import { extractHttpFailure } from '../../src/core/extract';
import { isPaymentRequired, toPaymentRequiredIncident } from '../../src/core/parse/detect';

const card = { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' } };
const named = (name: string, props: object) => Object.assign(Object.create(Error.prototype, { name: { value: name } }) as Error, props);

describe('extractHttpFailure', () => {
  it('a thrown fetch Response: status, headers, url; the body stream is not touched', () => {
    const res = new Response(JSON.stringify(card), { status: 402, headers: { 'retry-after': '5' } });
    const found = extractHttpFailure(res);
    expect(found).toMatchObject({ status: 402, body: undefined });
    expect(found?.headers).toBe(res.headers);
    expect(res.bodyUsed).toBe(false);
  });

  it('our own errors', () => {
    const e = new PaymentRequiredError({ status: 402, headers: { 'X-A': '1' }, body: card, url: 'https://api.example.com/x' });
    const found = extractHttpFailure(e);
    expect(found).toMatchObject({ status: 402, body: card, url: 'https://api.example.com/x' });
    expect((found?.headers as Headers).get('x-a')).toBe('1');
    expect(extractHttpFailure(new HttpError({ status: 500, body: 'boom' }))).toMatchObject({ status: 500, body: 'boom' });
  });

  it('axios (AxiosHeaders-like, lower-case keys with get)', () => {
    const headers = { 'retry-after': '30', get(name: string) { return (this as unknown as Record<string, string>)[name.toLowerCase()]; } };
    const err = named('AxiosError', { isAxiosError: true, config: { url: '/api/x' }, response: { status: 402, data: card, headers } });
    expect(extractHttpFailure(err)).toMatchObject({ status: 402, body: card, url: '/api/x' });
    expect(toPaymentRequiredIncident(err, { now: () => 0 })?.retryAt).toBe(30_000);
    expect(extractHttpFailure(named('AxiosError', { isAxiosError: true, request: {} }))).toBeNull(); // network error
  });

  it('ky: HTTPError with data (newer) and without (1.x)', () => {
    const response = new Response(null, { status: 402 });
    expect(extractHttpFailure(named('HTTPError', { response, data: card }))).toMatchObject({ status: 402, body: card });
    expect(extractHttpFailure(named('HTTPError', { response }))).toMatchObject({ status: 402, body: undefined });
  });

  it('ofetch FetchError: status and data on the error', () => {
    expect(extractHttpFailure(named('FetchError', { status: 402, data: card, response: new Response(null, { status: 402 }) }))).toMatchObject({ status: 402, body: card });
    expect(extractHttpFailure(named('FetchError', { statusCode: 402, data: 'Payment Required' }))).toMatchObject({ status: 402, body: 'Payment Required' });
  });

  it('openapi-fetch result with an empty error', () => {
    const response = new Response(null, { status: 402 });
    expect(extractHttpFailure({ data: undefined, error: undefined, response })).toMatchObject({ status: 402, body: undefined });
    expect(extractHttpFailure({ data: undefined, error: card, response })).toMatchObject({ status: 402, body: card });
  });

  it('Apollo 4 ServerError: statusCode and the raw bodyText', () => {
    const err = named('ServerError', { statusCode: 402, bodyText: JSON.stringify(card), response: new Response(null, { status: 402 }) });
    expect(toPaymentRequiredIncident(err)?.reason).toBe('payment_failed');
  });

  it('statuses hidden where only an adapter looks (tRPC data.httpStatus, GraphQL errors) are not guessed at', () => {
    const shape = { message: 'Upgrade to Pro', data: { code: 'PAYMENT_REQUIRED', httpStatus: 402 } };
    const trpc = named('TRPCClientError', { shape, data: shape.data });
    expect(extractHttpFailure(trpc)).toBeNull();
    expect(extractHttpFailure(trpc, [(e) => (e === trpc ? { status: 402, body: shape } : null)])).toMatchObject({ status: 402, body: shape });
  });

  it('extractors are tried first, in order; one that throws is skipped', () => {
    const err = { status: 500, body: 'boom' };
    const throwing = () => {
      throw new Error('adapter bug');
    };
    expect(extractHttpFailure(err, [throwing, () => ({ status: 402, body: 'from adapter' })])).toMatchObject({ status: 402, body: 'from adapter' });
    expect(extractHttpFailure(err, [throwing, () => null])).toMatchObject({ status: 500, body: 'boom' });
  });

  it('plain objects and SDK errors: status, statusCode, response.status', () => {
    expect(extractHttpFailure({ status: 402, body: card })).toMatchObject({ status: 402, body: card });
    expect(extractHttpFailure({ statusCode: '402', data: 'x' })).toMatchObject({ status: 402, body: 'x' });
    expect(extractHttpFailure({ response: { status: 402, data: card } })).toMatchObject({ status: 402, body: card });
    // OpenAI-style SDK: status, error (parsed), headers
    const sdk = named('APIError', { status: 402, error: { message: 'Insufficient credits', code: 402 }, headers: { 'x-request-id': '1' } });
    expect(toPaymentRequiredIncident(sdk)?.reason).toBe('quota_exceeded');
    // wrapped in a cause
    expect(extractHttpFailure(new Error('outer', { cause: { status: 402 } }))).toMatchObject({ status: 402 });
  });

  it('nothing to find', () => {
    for (const v of [null, undefined, 0, 'x', {}, [], new Error('x'), { status: 'abc' }, { status: 99 }, { status: 600 }, () => 1]) {
      expect(extractHttpFailure(v)).toBeNull();
      expect(isPaymentRequired(v)).toBe(false);
    }
  });

  it('throwing getters, Proxies and cycles never throw', () => {
    const throwing = { get status(): number { throw new Error('x'); }, get response(): unknown { throw new Error('y'); } };
    expect(extractHttpFailure(throwing)).toBeNull();
    const proxy = new Proxy({}, { get: () => { throw new Error('get'); }, has: () => { throw new Error('has'); }, getPrototypeOf: () => { throw new Error('proto'); } });
    expect(extractHttpFailure(proxy)).toBeNull();
    expect(isPaymentRequired(proxy)).toBe(false);
    const cyclic: Record<string, unknown> = { name: 'Error' };
    cyclic.cause = cyclic;
    cyclic.response = cyclic;
    expect(extractHttpFailure(cyclic)).toBeNull();
    const statusProxy = new Proxy({ status: 402 }, { get: (t, k) => (k === 'body' ? (() => { throw new Error('body'); })() : Reflect.get(t, k)) });
    expect(extractHttpFailure(statusProxy)).toMatchObject({ status: 402 });
  });
});

describe('isPaymentRequired', () => {
  it('402 by default; other statuses only with a billing signal', () => {
    expect(isPaymentRequired({ status: 402 })).toBe(true);
    expect(isPaymentRequired({ status: 429, body: { message: 'quota exceeded' } })).toBe(false);
    expect(isPaymentRequired({ status: 429, body: { message: 'quota exceeded' } }, { statuses: [402, 429] })).toBe(true);
    expect(isPaymentRequired({ status: 401, body: { message: 'Invalid API key' } }, { statuses: [402, 401] })).toBe(false);
    expect(isPaymentRequired({ status: 402 }, { statuses: [429] })).toBe(false);
  });
});

describe('PaymentRequiredError', () => {
  it('is an Error whose incident toPaymentRequiredIncident reads', () => {
    const e = new PaymentRequiredError({ body: card });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(HttpError);
    expect(e.name).toBe('PaymentRequiredError');
    expect(e.status).toBe(402);
    expect(e.headers).toBeInstanceOf(Headers);
    expect(toPaymentRequiredIncident(e)).toMatchObject({ reason: 'payment_failed', declineCode: 'insufficient_funds' });
    expect(toPaymentRequiredIncident(new PaymentRequiredError({ status: 400, body: { message: 'bad' } }))).toBeNull();
  });

  it('accepts hostile header values without throwing', () => {
    const e = new PaymentRequiredError({ headers: { 'bad name': 'x', ok: 'y', 'x-n': ['1', '2'] } as never });
    expect(e.headers.get('ok')).toBe('y');
    expect(e.headers.get('x-n')).toBe('1, 2');
  });
});

describe('assertOk', () => {
  it('passes ok responses through untouched', async () => {
    const res = new Response('{"a":1}', { status: 200 });
    await expect(assertOk(res)).resolves.toBe(res);
    expect(res.bodyUsed).toBe(false);
  });

  it('402 JSON → PaymentRequiredError with the decoded body', async () => {
    const res = new Response(JSON.stringify(card), { status: 402, headers: { 'content-type': 'application/json', 'retry-after': '3' } });
    const err = await assertOk(res).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PaymentRequiredError);
    expect((err as PaymentRequiredError).body).toEqual(card);
    expect((err as PaymentRequiredError).headers.get('retry-after')).toBe('3');
    expect(toPaymentRequiredIncident(err)?.reason).toBe('payment_failed');
    expect(isPaymentRequired(err)).toBe(true);
  });

  it('402 problem+json', async () => {
    const body = { type: 'https://iana.org/assignments/http-problem-types#quota-exceeded', title: 'Quota exceeded', status: 402 };
    const err = (await assertOk(new Response(JSON.stringify(body), { status: 402, headers: { 'content-type': 'application/problem+json' } })).catch((e: unknown) => e)) as PaymentRequiredError;
    expect(err.body).toEqual(body);
    expect(toPaymentRequiredIncident(err)).toMatchObject({ reason: 'quota_exceeded', format: 'problem+json' });
  });

  it('402 text, HTML and empty bodies', async () => {
    const text = (await assertOk(new Response('Payment Required', { status: 402 })).catch((e: unknown) => e)) as PaymentRequiredError;
    expect(text.body).toBe('Payment Required');
    const empty = (await assertOk(new Response(null, { status: 402 })).catch((e: unknown) => e)) as PaymentRequiredError;
    expect(empty.body).toBeUndefined();
    expect(toPaymentRequiredIncident(empty)).toMatchObject({ reason: 'unknown', format: 'empty' });
    const broken = (await assertOk(new Response('{"error": "insuff', { status: 402, headers: { 'content-type': 'application/json' } })).catch((e: unknown) => e)) as PaymentRequiredError;
    expect(broken.body).toBe('{"error": "insuff');
  });

  it('other failures → HttpError; configured statuses → PaymentRequiredError', async () => {
    const err = await assertOk(new Response('nope', { status: 500 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).not.toBeInstanceOf(PaymentRequiredError);
    expect((err as HttpError).status).toBe(500);
    expect(isPaymentRequired(err)).toBe(false);
    const quota = await assertOk(new Response('{"message":"quota exceeded"}', { status: 429 }), { statuses: [429] }).catch((e: unknown) => e);
    expect(quota).toBeInstanceOf(PaymentRequiredError);
  });

  it('reads at most the cap of a huge body', async () => {
    const huge = new Response('x'.repeat(3_000_000), { status: 402 });
    const err = (await assertOk(huge).catch((e: unknown) => e)) as PaymentRequiredError;
    expect((err.body as string).length).toBe(65_536);
  });
});
