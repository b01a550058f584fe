// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { assertOk, PaymentRequiredError } from '../../src/core/error';
import { holdPaymentForRetry, paymentHeadersFrom } from '../../src/core/micropayment/paymentHeaders';
import { readPaymentSettlement, withPayments, type FetchFunction } from '../../src/core/micropayment/paymentFetch';
import { PaymentVault } from '../../src/core/micropayment/paymentVault';
import { toPaymentRequiredIncident } from '../../src/core/parse/detect';
import type { MicropaymentRequest, PaymentRequiredIncident } from '../../src/core/types';

const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

/**
 * A fake x402 resource server. `/v1/*` asks with a v1 body and reads `X-PAYMENT`; `/v2/*` asks
 * with the `PAYMENT-REQUIRED` header and reads `PAYMENT-SIGNATURE`. Valid payments are the
 * strings in `valid`; `/v2/declined` fails settlement; `/v1/ignored` never sees the payment.
 */
class FakeX402Server {
  readonly paid: { path: string; payment: string }[] = [];
  readonly requests: string[] = [];
  readonly valid = new Set(['signed-v1', 'signed-v2']);
  #server: Server = createServer((req, res) => this.#handle(req, res));
  origin = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  reset(): void {
    this.paid.length = 0;
    this.requests.length = 0;
  }

  paidFor(path: string): number {
    return this.paid.filter((entry) => entry.path === path).length;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    this.requests.push(`${req.method} ${path}`);
    const v2 = path.startsWith('/v2/');
    const payment = (v2 ? req.headers['payment-signature'] : req.headers['x-payment']) as string | undefined;
    if (payment && path !== '/v1/ignored') {
      this.paid.push({ path, payment });
      if (path === '/v2/declined' || !this.valid.has(payment)) {
        res.writeHead(402, {
          'content-type': 'application/json',
          'payment-response': base64({ success: false, errorReason: 'insufficient_funds', network: 'eip155:84532' }),
        });
        res.end('{}');
        return;
      }
      const settlement = base64({ success: true, transaction: `0xtx${this.paid.length}`, network: 'eip155:84532', payer: '0xpayer' });
      res.writeHead(200, { 'content-type': 'application/json', [v2 ? 'payment-response' : 'x-payment-response']: settlement });
      res.end(JSON.stringify({ data: `premium ${path}` }));
      return;
    }
    const requirement = { scheme: 'exact', asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e', payTo: '0x2096', maxTimeoutSeconds: 60, extra: { name: 'USDC', version: '2' } };
    if (v2) {
      const challenge = {
        x402Version: 2,
        error: 'PAYMENT-SIGNATURE header is required',
        resource: { url: `${this.origin}${path}`, description: 'Premium data' },
        accepts: [{ ...requirement, network: 'eip155:84532', amount: '10000' }],
      };
      res.writeHead(402, { 'content-type': 'application/json', 'payment-required': base64(challenge) });
      res.end('{}');
      return;
    }
    const body = {
      x402Version: 1,
      error: 'X-PAYMENT header is required',
      accepts: [{ ...requirement, network: 'base-sepolia', maxAmountRequired: '10000', resource: `${this.origin}${path}`, description: 'Premium data', mimeType: 'application/json' }],
    };
    res.writeHead(402, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

const server = new FakeX402Server();
beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

/** The app's fetcher: a wrapped fetch, and `assertOk` to throw 402s. */
function appFetcher(vault: PaymentVault): { api: FetchFunction; get: (path: string, init?: RequestInit) => Promise<unknown> } {
  const api = withPayments(fetch, { vault });
  return { api, get: (path, init) => api(`${server.origin}${path}`, init).then((response) => assertOk(response)).then((response) => response.json()) };
}

/** What the prompt does on "Pay": run the app's `onPay` and hold its header for the retry. */
function pay(incident: PaymentRequiredIncident, vault: PaymentVault, header: string): void {
  expect(holdPaymentForRetry(incident, header, vault)).toBe(true);
}

async function incidentOf(promise: Promise<unknown>): Promise<PaymentRequiredIncident> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PaymentRequiredError);
  const incident = toPaymentRequiredIncident(error);
  expect(incident).not.toBeNull();
  return incident!;
}

describe('a paid retry against an x402 server', () => {
  test('v1: the challenge in the body; the retry carries X-PAYMENT once and the server sees one paid request', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    const incident = await incidentOf(get('/v1/report'));
    expect(incident.reason).toBe('micropayment_required');
    expect(incident.micropayment).toMatchObject({ version: 1, paymentHeader: 'X-PAYMENT', amount: '10000' });

    pay(incident, vault, 'signed-v1');
    await expect(get('/v1/report')).resolves.toEqual({ data: 'premium /v1/report' });
    expect(server.paid).toEqual([{ path: '/v1/report', payment: 'signed-v1' }]);

    // The header was used up: the next request is unpaid and asked to pay again.
    await expect(incidentOf(get('/v1/report'))).resolves.toMatchObject({ reason: 'micropayment_required' });
    expect(server.paidFor('/v1/report')).toBe(1);
  });

  test('v2: the challenge in the PAYMENT-REQUIRED header; the retry carries PAYMENT-SIGNATURE', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    const incident = await incidentOf(get('/v2/report'));
    expect(incident.micropayment).toMatchObject({ version: 2, paymentHeader: 'PAYMENT-SIGNATURE', network: 'eip155:84532' });

    pay(incident, vault, 'signed-v2');
    await expect(get('/v2/report')).resolves.toEqual({ data: 'premium /v2/report' });
    expect(server.paid).toEqual([{ path: '/v2/report', payment: 'signed-v2' }]);
  });

  test('the settlement of a paid request is readable from PAYMENT-RESPONSE', async () => {
    const vault = new PaymentVault();
    const { api } = appFetcher(vault);
    pay(await incidentOf(appFetcher(vault).get('/v2/receipt')), vault, 'signed-v2');
    const response = await api(`${server.origin}/v2/receipt`);
    expect(readPaymentSettlement(response.headers)).toMatchObject({ success: true, transaction: '0xtx1', payer: '0xpayer' });
  });

  test('two concurrent retries of one request: only one carries the payment', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    pay(await incidentOf(get('/v1/race')), vault, 'signed-v1');
    const [first, second] = await Promise.allSettled([get('/v1/race'), get('/v1/race')]);
    expect(server.paidFor('/v1/race')).toBe(1);
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected']);
    const failed = (first.status === 'rejected' ? first : second) as PromiseRejectedResult;
    // The unpaid one is an ordinary challenge: the user is asked, nothing is paid for it.
    expect(toPaymentRequiredIncident(failed.reason)?.reason).toBe('micropayment_required');
  });

  test('the payment goes only to the request it pays for', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    pay(await incidentOf(get('/v1/a')), vault, 'signed-v1');
    await incidentOf(get('/v1/b'));
    expect(server.paid).toEqual([]);
    await expect(get('/v1/a')).resolves.toEqual({ data: 'premium /v1/a' });
  });

  test('a payment held for a POST is not spent on a GET to the same URL', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    vault.deposit({ url: `${server.origin}/v1/orders`, method: 'post' }, { 'X-PAYMENT': 'signed-v1' });
    await incidentOf(get('/v1/orders'));
    expect(server.paid).toEqual([]);
    await expect(get('/v1/orders', { method: 'POST', body: '{}' })).resolves.toEqual({ data: 'premium /v1/orders' });
    expect(server.paid).toEqual([{ path: '/v1/orders', payment: 'signed-v1' }]);
  });

  test('a failed settlement throws an incident showing the failure, and nothing is paid again', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    const url = `${server.origin}/v2/declined`;
    pay(await incidentOf(get('/v2/declined')), vault, 'signed-v2');

    const failure = await incidentOf(get('/v2/declined'));
    expect(failure).toMatchObject({ reason: 'payment_failed', format: 'x402', code: 'insufficient_funds', message: 'insufficient_funds', url });
    expect(failure.micropayment).toMatchObject({ protocol: 'x402', network: 'eip155:84532' });
    expect(vault.refusalFor(url)).toEqual({ errorReason: 'insufficient_funds', errorMessage: undefined });
    expect(server.paidFor('/v2/declined')).toBe(1);

    // The next try is unpaid: the server asks again instead of being paid a second time.
    await expect(incidentOf(get('/v2/declined'))).resolves.toMatchObject({ reason: 'micropayment_required' });
    expect(server.paidFor('/v2/declined')).toBe(1);
  });

  test('a 402 again after paying makes a second incident, not a loop', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    const url = `${server.origin}/v1/ignored`;
    pay(await incidentOf(get('/v1/ignored')), vault, 'signed-v1');

    const again = await incidentOf(get('/v1/ignored'));
    expect(again).toMatchObject({ reason: 'micropayment_required', url });
    expect(vault.refusalFor(url)).toBeDefined();
    expect(vault.has(url)).toBe(false);
    expect(server.requests).toEqual(['GET /v1/ignored', 'GET /v1/ignored']);

    // Paying again is a new, explicit payment; once it goes through, the refusal is forgotten.
    vault.deposit({ url: `${server.origin}/v1/report` }, { 'X-PAYMENT': 'signed-v1' });
    await get('/v1/report');
    expect(vault.refusalFor(`${server.origin}/v1/report`)).toBeUndefined();
  });

  test('a network error after sending the payment does not put it back: it may have been settled', async () => {
    const vault = new PaymentVault();
    const sent: string[] = [];
    const failing: FetchFunction = async (_input, init) => {
      sent.push(new Headers(init?.headers).get('x-payment') ?? 'unpaid');
      throw new TypeError('Failed to fetch');
    };
    const api = withPayments(failing, { vault });
    vault.deposit({ url: 'https://api.example.com/data' }, { 'X-PAYMENT': 'signed-v1' });
    await expect(api('https://api.example.com/data')).rejects.toThrow('Failed to fetch');
    await expect(api('https://api.example.com/data')).rejects.toThrow('Failed to fetch');
    expect(sent).toEqual(['signed-v1', 'unpaid']);
  });

  test('a payment not used within its time is dropped, not sent late', () => {
    let now = 1_000;
    const vault = new PaymentVault({ ttlMs: 60_000, now: () => now });
    vault.deposit({ url: 'https://api.example.com/data' }, { 'X-PAYMENT': 'signed-v1' });
    now += 60_000;
    expect(vault.take('https://api.example.com/data')).toBeUndefined();
  });

  test("the request's own headers are kept beside the payment", async () => {
    const vault = new PaymentVault();
    let seen: Headers | undefined;
    const api = withPayments(async (_input, init) => {
      seen = new Headers(init?.headers);
      return new Response('{}', { status: 200 });
    }, { vault });
    vault.deposit({ url: 'https://api.example.com/data#top' }, { 'PAYMENT-SIGNATURE': 'signed-v2' });
    await api(new Request('https://api.example.com/data', { headers: { authorization: 'Bearer app-token' } }));
    expect(seen?.get('authorization')).toBe('Bearer app-token');
    expect(seen?.get('payment-signature')).toBe('signed-v2');
  });
});

describe('the onPay result', () => {
  const request = (overrides: Partial<MicropaymentRequest> = {}): MicropaymentRequest => ({ protocol: 'x402', options: [], ...overrides });

  test.each<[string, Partial<MicropaymentRequest>, Record<string, string>]>([
    ['x402 v1', { version: 1, paymentHeader: 'X-PAYMENT' }, { 'x-payment': 'abc' }],
    ['x402 v2', { version: 2, paymentHeader: 'PAYMENT-SIGNATURE' }, { 'payment-signature': 'abc' }],
    ['L402', { protocol: 'l402', paymentHeader: 'Authorization' }, { authorization: 'abc' }],
  ])('a string is the value of the header the %s challenge names', (_name, fields, headers) => {
    expect(paymentHeadersFrom(' abc ', request(fields))).toEqual(headers);
  });

  test('{ headers } are attached as given', () => {
    expect(paymentHeadersFrom({ headers: { 'X-PAYMENT': 'abc', 'X-Request-Id': '7' } }, request())).toEqual({ 'x-payment': 'abc', 'x-request-id': '7' });
  });

  test.each([undefined, null, true, { paid: true }])('%j means the app attached the payment itself', (result) => {
    expect(paymentHeadersFrom(result, request({ paymentHeader: 'X-PAYMENT' }))).toBeUndefined();
  });

  test.each<[unknown, Partial<MicropaymentRequest>, RegExp]>([
    ['', { paymentHeader: 'X-PAYMENT' }, /empty/],
    ['abc', {}, /does not name its header/],
    [{ headers: {} }, {}, /no payment header/],
    [{ headers: { 'X-PAYMENT': 'a\r\nInjected: 1' } }, {}, /not a valid HTTP header/],
  ])('%j cannot be attached: a clear error for the prompt', (result, fields, message) => {
    expect(() => paymentHeadersFrom(result, request(fields))).toThrow(message);
  });

  test('a header with no wrapped fetch to carry it is an error, not a silent unpaid retry', () => {
    const incident: PaymentRequiredIncident = {
      reason: 'micropayment_required',
      status: 402,
      links: {},
      format: 'x402',
      raw: null,
      url: 'https://api.example.com/data',
      micropayment: request({ paymentHeader: 'X-PAYMENT' }),
    };
    expect(() => holdPaymentForRetry(incident, 'abc', new PaymentVault())).toThrow(/withPayments/);
    expect(holdPaymentForRetry(incident, undefined, new PaymentVault())).toBe(false);
  });
});

describe("a payment is keyed to the request's own method and full URL (issue 12 §2)", () => {
  test('a payment made for a POST is not taken by a GET to the same URL', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    const incident = await incidentOf(get('/v1/checkout', { method: 'POST', body: '{}' }));
    pay(incident, vault, 'signed-v1');

    await incidentOf(get('/v1/checkout'));
    expect(server.paid).toEqual([]);
    await expect(get('/v1/checkout', { method: 'POST', body: '{}' })).resolves.toEqual({ data: 'premium /v1/checkout' });
    expect(server.paid).toEqual([{ path: '/v1/checkout', payment: 'signed-v1' }]);
  });

  test('without the request URL, the resource the server names is not used as the key: nothing is held', () => {
    const vault = new PaymentVault();
    appFetcher(vault);
    const resource = `${server.origin}/v1/elsewhere`;
    const incident = toPaymentRequiredIncident(
      new PaymentRequiredError({
        body: { x402Version: 1, accepts: [{ scheme: 'exact', network: 'base-sepolia', maxAmountRequired: '10000', resource, payTo: '0x2096', asset: '0x036C' }] },
      }),
    )!;
    expect(incident.micropayment?.resource).toBe(resource);
    expect(() => holdPaymentForRetry(incident, 'signed-v1', vault)).toThrow(/which request/);
    expect(vault.has(resource)).toBe(false);
  });

  test('a URL over 2,048 characters is never keyed by a truncated form', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    const path = `/v1/long?q=${'x'.repeat(3000)}`;
    const incident = await incidentOf(get(path));
    const resource = incident.micropayment?.resource;
    expect(resource && resource.length < `${server.origin}${path}`.length).toBe(true);
    expect(() => holdPaymentForRetry(incident, 'signed-v1', vault)).toThrow(/which request/);
    expect(vault.has(resource!)).toBe(false);
    expect(server.paid).toEqual([]);
  });

  test('a GET and a POST asked to pay at one URL cannot be told apart: the payment is not held for a guess', async () => {
    const vault = new PaymentVault();
    const { get } = appFetcher(vault);
    await incidentOf(get('/v1/both'));
    const incident = await incidentOf(get('/v1/both', { method: 'POST', body: '{}' }));
    expect(() => holdPaymentForRetry(incident, 'signed-v1', vault)).toThrow(/method and URL/);
  });

  test('one request is claimed once across prompts; a cancelled claim can be made again', () => {
    const vault = new PaymentVault();
    const target = { url: 'https://api.example.com/data', method: 'post' };
    expect(vault.claim(target)).toBe(true);
    expect(vault.claim({ url: 'https://api.example.com/data#x', method: 'POST' })).toBe(false);
    expect(vault.statusOf(target)).toBe('paying');
    expect(vault.claim({ url: 'https://api.example.com/data' })).toBe(true);
    vault.unclaim(target);
    expect(vault.claim(target)).toBe(true);
    vault.deposit(target, { 'X-PAYMENT': 'signed' });
    expect(vault.statusOf(target)).toBe('waiting');
    expect(vault.claim(target)).toBe(false);
    expect(vault.take('https://api.example.com/data', 'POST')).toEqual({ 'X-PAYMENT': 'signed' });
    expect(vault.statusOf(target)).toBeUndefined();
  });
});
