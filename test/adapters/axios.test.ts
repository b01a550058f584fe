import axios, { AxiosError } from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axiosFailure } from '../../src/adapters/axios';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { fixture, notFound, startReplyServer, type Reply, type ReplyServer } from './server';

let server: ReplyServer;
const routes: Record<string, Reply> = {
  '/past-due': fixture('saas-subscription-past-due'),
  '/quota': fixture('saas-quota-exceeded-ratelimit-headers'),
  '/text': fixture('plain-text-402'),
};

beforeAll(async () => {
  server = await startReplyServer((r) => routes[r.path] ?? notFound);
});
afterAll(() => server.close());

// `xhr` is what runs in a browser (jsdom's XMLHttpRequest here), `fetch` and `http` the others.
const adapters = ['xhr', 'fetch', 'http'] as const;

async function thrown(path: string, adapter: (typeof adapters)[number], responseType?: 'arraybuffer'): Promise<unknown> {
  return axios.get(path, { baseURL: server.origin, adapter, responseType }).then(
    () => expect.fail('axios resolved a failed request'),
    (e: unknown) => e,
  );
}

describe.each(adapters)('axiosFailure (%s adapter)', (adapter) => {
  it('reads the decoded 402 body: subscription past due with its portal link', async () => {
    const error = await thrown('/past-due', adapter);
    expect(error).toBeInstanceOf(AxiosError);
    const incident = parsePaymentRequired(axiosFailure(error)!);
    expect(incident).toMatchObject({
      reason: 'subscription_inactive',
      message: 'Your subscription payment failed. Update your payment method to restore access.',
      links: { billingPortal: 'https://billing.stripe.com/p/session/test_SYNTHETIC' },
      url: `${server.origin}/past-due`,
    });
  });

  it('reads headers from AxiosHeaders: quota with its reset time', async () => {
    const before = Date.now();
    const incident = parsePaymentRequired(axiosFailure(await thrown('/quota', adapter))!);
    expect(incident?.reason).toBe('quota_exceeded');
    expect(incident?.quota).toMatchObject({ limit: 10000, remaining: 0 });
    expect(incident?.retryAt).toBeGreaterThan(before);
  });

  it('gives no incident for a 404', async () => {
    const input = axiosFailure(await thrown('/missing', adapter));
    expect(input?.status).toBe(404);
    expect(parsePaymentRequired(input!)).toBeNull();
  });
});

describe('axiosFailure on other values', () => {
  it('decodes an arraybuffer body as text', async () => {
    const input = axiosFailure(await thrown('/text', 'http', 'arraybuffer'));
    expect(input?.body).toBe('Payment Required');
    expect(parsePaymentRequired(input!)?.reason).toBe('unknown');
  });

  it('returns null for a network error (no response)', async () => {
    const closed = await startReplyServer(() => notFound);
    await closed.close();
    const error = await axios.get(closed.origin, { adapter: 'http' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AxiosError);
    expect(axiosFailure(error)).toBeNull();
  });

  it('returns null for values it does not know, without throwing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const v of [undefined, null, 0, 'x', new Error('x'), { isAxiosError: true }, { isAxiosError: true, response: { status: 99 } }, hostile]) {
      expect(axiosFailure(v)).toBeNull();
    }
  });
});
