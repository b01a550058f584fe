import ky, { HTTPError } from 'ky';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kyFailure, kyPaymentRequiredHooks } from '../../src/adapters/ky';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { fixture, notFound, startReplyServer, type ReplyServer } from './server';

let server: ReplyServer;
const routes: Record<string, ReturnType<typeof fixture> | typeof notFound> = {
  '/card': fixture('stripe-card-declined-generic-decline'),
  '/sso': fixture('saas-feature-requires-plan'),
  '/x402': fixture('x402-v2-spec-payment-required-header'),
  '/missing': notFound,
};

beforeAll(async () => {
  server = await startReplyServer((r) => routes[r.path] ?? notFound);
});
afterAll(() => server.close());

async function thrown(path: string, withHooks: boolean): Promise<unknown> {
  const client = withHooks ? ky.create({ hooks: kyPaymentRequiredHooks, retry: 0 }) : ky.create({ retry: 0 });
  return client.get(`${server.origin}${path}`).json().then(
    () => expect.fail('ky resolved a failed request'),
    (e: unknown) => e,
  );
}

describe('kyFailure with kyPaymentRequiredHooks (the consumed-body `error.data` form)', () => {
  it('reads the 402 body into error.data, so the card decline is classified', async () => {
    const error = await thrown('/card', true);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as { data?: unknown }).data).toEqual(fixture('stripe-card-declined-generic-decline').body);
    const incident = parsePaymentRequired(kyFailure(error)!);
    expect(incident).toMatchObject({ reason: 'payment_failed', message: 'Your card was declined.', declineCode: 'generic_decline' });
    expect(incident?.url).toBe(`${server.origin}/card`);
  });

  it('keeps plan, feature and upgrade link', async () => {
    const incident = parsePaymentRequired(kyFailure(await thrown('/sso', true))!);
    expect(incident).toMatchObject({
      reason: 'upgrade_required',
      feature: 'saml_sso',
      links: { upgrade: 'https://app.example.com/settings/billing?plan=business' },
      plan: { required: { id: 'business', name: 'Business' } },
    });
  });

  it('leaves error.response readable for the app', async () => {
    const error = (await thrown('/card', true)) as HTTPError;
    await expect(error.response.json()).resolves.toEqual(fixture('stripe-card-declined-generic-decline').body);
  });
});

describe('kyFailure without hooks (the readable `error.response` form)', () => {
  it('gives status and headers without reading the body stream', async () => {
    const error = (await thrown('/card', false)) as HTTPError;
    const input = kyFailure(error);
    expect(input).toMatchObject({ status: 402, url: `${server.origin}/card` });
    expect(input?.body).toBeUndefined();
    expect(error.response.bodyUsed).toBe(false);
    expect(parsePaymentRequired(input!)?.reason).toBe('unknown');
  });

  it('still reads a challenge sent in headers (x402 v2 PAYMENT-REQUIRED)', async () => {
    const incident = parsePaymentRequired(kyFailure(await thrown('/x402', false))!);
    expect(incident?.reason).toBe('micropayment_required');
    expect(incident?.micropayment).toMatchObject({ protocol: 'x402', version: 2, amount: '10000' });
  });
});

describe('kyFailure on other errors', () => {
  it('gives no incident for a 404', async () => {
    const input = kyFailure(await thrown('/missing', true));
    expect(input?.status).toBe(404);
    expect(parsePaymentRequired(input!)).toBeNull();
  });

  it('returns null for values it does not know, without throwing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const v of [undefined, null, 42, 'HTTPError', new Error('x'), { name: 'HTTPError' }, { name: 'HTTPError', response: { status: 'abc' } }, hostile]) {
      expect(kyFailure(v)).toBeNull();
    }
  });
});
