import { FetchError, ofetch } from 'ofetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ofetchFailure } from '../../src/adapters/ofetch';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { fixture, notFound, startReplyServer, type Reply, type ReplyServer } from './server';

let server: ReplyServer;
const routes: Record<string, Reply> = {
  '/credits': fixture('openrouter-insufficient-credits-with-metadata'),
  '/problem': fixture('saas-quota-exceeded-ratelimit-headers'),
  '/text': fixture('plain-text-402'),
};

beforeAll(async () => {
  server = await startReplyServer((r) => routes[r.path] ?? notFound);
});
afterAll(() => server.close());

const thrown = (path: string): Promise<unknown> =>
  ofetch(path, { baseURL: server.origin, retry: 0 }).then(
    () => expect.fail('ofetch resolved a failed request'),
    (e: unknown) => e,
  );

describe('ofetchFailure', () => {
  it('reads the body ofetch decoded: out of credits, with the link written in the message', async () => {
    const error = await thrown('/credits');
    expect(error).toBeInstanceOf(FetchError);
    const incident = parsePaymentRequired(ofetchFailure(error)!);
    expect(incident).toMatchObject({
      reason: 'quota_exceeded',
      message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits',
      url: `${server.origin}/credits`,
    });
    expect(Object.values(incident!.links)).toContain('https://openrouter.ai/settings/credits');
  });

  it('reads problem+json with rate-limit headers', async () => {
    const incident = parsePaymentRequired(ofetchFailure(await thrown('/problem'))!);
    expect(incident).toMatchObject({ reason: 'quota_exceeded', format: 'problem+json', quota: { limit: 10000, remaining: 0 } });
    expect(incident?.links.upgrade).toBe('https://app.example.com/billing/upgrade');
  });

  it('reads a plain-text 402', async () => {
    const incident = parsePaymentRequired(ofetchFailure(await thrown('/text'))!);
    expect(incident).toMatchObject({ reason: 'unknown', status: 402 });
  });

  it('gives no incident for a 404', async () => {
    const input = ofetchFailure(await thrown('/missing'));
    expect(input?.status).toBe(404);
    expect(parsePaymentRequired(input!)).toBeNull();
  });

  it('returns null for a network error and for values it does not know, without throwing', async () => {
    const closed = await startReplyServer(() => notFound);
    await closed.close();
    const network = await ofetch(closed.origin, { retry: 0 }).catch((e: unknown) => e);
    expect(network).toBeInstanceOf(FetchError);
    expect(ofetchFailure(network)).toBeNull();
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const v of [undefined, null, true, 'FetchError', new Error('x'), { name: 'FetchError' }, hostile]) {
      expect(ofetchFailure(v)).toBeNull();
    }
  });
});
