import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOrThrow, openapiFetchFailure, paymentRequiredMiddleware } from '../../src/adapters/openapiFetch';
import { HttpError, PaymentRequiredError } from '../../src/core/error';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import type { PaymentRequiredInput } from '../../src/core/types';
import { fixture, notFound, startReplyServer, type Reply, type ReplyServer } from './server';

type Json = { content: { 'application/json': unknown } };
type Get = { get: { responses: { 200: Json; 402: Json; 404: Json; 429: Json } } };
interface paths {
  '/reports': Get;
  '/card': Get;
  '/empty': Get;
  '/missing': Get;
  '/openai-quota': Get;
}

let server: ReplyServer;
const routes: Record<string, Reply> = {
  '/reports': { status: 200, headers: { 'content-type': 'application/json' }, body: [{ id: 'r1' }] },
  '/card': fixture('stripe-incorrect-number-token'),
  // An empty 402: openapi-fetch resolves `{ error: undefined, response }`.
  '/empty': { status: 402 },
  '/openai-quota': {
    status: 429,
    headers: { 'content-type': 'application/json' },
    body: { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } },
  },
};

beforeAll(async () => {
  server = await startReplyServer((r) => routes[r.path] ?? notFound);
});
afterAll(() => server.close());

const client = () => createClient<paths>({ baseUrl: server.origin });
const inputOf = (e: HttpError): PaymentRequiredInput => ({ status: e.status, headers: e.headers, body: e.body, url: e.url });

describe('openapiFetchFailure (the unthrown result)', () => {
  it('reads status, headers and the decoded error body', async () => {
    const result = await client().GET('/card');
    const incident = parsePaymentRequired(openapiFetchFailure(result)!);
    expect(incident).toMatchObject({ reason: 'payment_method_invalid', code: 'incorrect_number', url: `${server.origin}/card` });
    expect(incident?.links.docs).toBe('https://stripe.com/docs/error-codes/incorrect-number');
  });

  it('makes an incident of an empty-body 402', async () => {
    const result = await client().GET('/empty');
    expect(result.error).toBeUndefined();
    expect(parsePaymentRequired(openapiFetchFailure(result)!)).toMatchObject({ reason: 'unknown', status: 402, format: 'empty' });
  });

  it('gives null for ok results, no incident for a 404, and null for unknown values', async () => {
    expect(openapiFetchFailure(await client().GET('/reports'))).toBeNull();
    const missing = openapiFetchFailure(await client().GET('/missing'));
    expect(missing?.status).toBe(404);
    expect(parsePaymentRequired(missing!)).toBeNull();
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const v of [undefined, null, 1, new Error('x'), { response: { ok: false, status: 402 } }, { error: 'x', response: {} }, hostile]) {
      expect(openapiFetchFailure(v)).toBeNull();
    }
  });
});

describe('dataOrThrow', () => {
  it('returns the data of an ok result', async () => {
    expect(dataOrThrow(await client().GET('/reports'))).toEqual([{ id: 'r1' }]);
  });

  it('throws a PaymentRequiredError with the decoded body for a 402', async () => {
    const result = await client().GET('/card');
    const error = (() => { try { dataOrThrow(result); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expect(parsePaymentRequired(inputOf(error as HttpError))?.reason).toBe('payment_method_invalid');
  });

  it('throws a PaymentRequiredError for an empty-body 402', async () => {
    const result = await client().GET('/empty');
    expect(() => dataOrThrow(result)).toThrow(PaymentRequiredError);
  });

  it('throws a plain HttpError for other statuses unless they are opted in', async () => {
    const missing = await client().GET('/missing');
    expect(() => dataOrThrow(missing)).toThrow(HttpError);
    expect(() => dataOrThrow(missing)).not.toThrow(PaymentRequiredError);
    const quota = await client().GET('/openai-quota');
    expect(() => dataOrThrow(quota)).not.toThrow(PaymentRequiredError);
    expect(() => dataOrThrow(quota, { statuses: [402, 429] })).toThrow(PaymentRequiredError);
  });
});

describe('paymentRequiredMiddleware', () => {
  const withMiddleware = (statuses?: number[]) => {
    const c = client();
    c.use(paymentRequiredMiddleware(statuses ? { statuses } : undefined));
    return c;
  };

  it('makes the call reject with a PaymentRequiredError carrying the body', async () => {
    const error = await withMiddleware().GET('/card').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expect(parsePaymentRequired(inputOf(error as HttpError))).toMatchObject({ reason: 'payment_method_invalid', url: `${server.origin}/card` });
  });

  it('rejects for an empty-body 402 too', async () => {
    const error = await withMiddleware().GET('/empty').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expect(parsePaymentRequired(inputOf(error as HttpError))).toMatchObject({ reason: 'unknown', status: 402 });
  });

  it('leaves other responses as openapi-fetch returns them', async () => {
    const missing = await withMiddleware().GET('/missing');
    expect(missing.response.status).toBe(404);
    expect(missing.error).toEqual({ message: 'Not found' });
    expect((await withMiddleware().GET('/reports')).data).toEqual([{ id: 'r1' }]);
    expect((await withMiddleware().GET('/openai-quota')).response.status).toBe(429);
  });

  it('rejects for an opted-in status, with the billing body read', async () => {
    const error = await withMiddleware([402, 429]).GET('/openai-quota').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expect(parsePaymentRequired(inputOf(error as HttpError), { statuses: [402, 429] })?.reason).toBe('quota_exceeded');
  });
});
