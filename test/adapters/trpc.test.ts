import { createTRPCClient, httpBatchLink, httpLink, TRPCClientError } from '@trpc/client';
import { initTRPC, TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trpcFailure } from '../../src/adapters/trpc';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { fixture, listenOn, startReplyServer, type ReplyServer } from './server';

// A tRPC server whose errorFormatter adds the billing fields an app would send.
const t = initTRPC.create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, ...(error.code === 'PAYMENT_REQUIRED' ? { requiredPlan: 'pro', upgradeUrl: 'https://app.example.com/upgrade?plan=pro' } : {}) },
  }),
});
const router = t.router({
  exportReport: t.procedure.query(() => {
    throw new TRPCError({ code: 'PAYMENT_REQUIRED', message: 'Upgrade to Pro to export reports' });
  }),
  invoice: t.procedure.query(() => {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Invoice not found' });
  }),
});
type AppRouter = typeof router;

let api: ReplyServer;
let gateway: ReplyServer;
beforeAll(async () => {
  api = await listenOn(createHTTPHandler({ router }));
  // A billing proxy in front of the tRPC endpoint that answers 402 itself.
  gateway = await startReplyServer(() => fixture('saas-quota-exceeded-ratelimit-headers'));
});
afterAll(async () => {
  await api.close();
  await gateway.close();
});

const links = { httpLink, httpBatchLink };
const thrown = (origin: string, link: keyof typeof links, procedure: 'exportReport' | 'invoice'): Promise<unknown> =>
  createTRPCClient<AppRouter>({ links: [links[link]({ url: origin })] })[procedure].query().then(
    () => expect.fail('tRPC resolved a failed call'),
    (e: unknown) => e,
  );

describe.each(Object.keys(links) as (keyof typeof links)[])('trpcFailure (%s)', (link) => {
  it('reads a PAYMENT_REQUIRED error (HTTP 402) with the errorFormatter fields', async () => {
    const error = await thrown(api.origin, link, 'exportReport');
    expect(error).toBeInstanceOf(TRPCClientError);
    const input = trpcFailure(error);
    expect(input?.status).toBe(402);
    const incident = parsePaymentRequired(input!);
    expect(incident).toMatchObject({
      reason: 'upgrade_required',
      format: 'trpc',
      code: 'PAYMENT_REQUIRED',
      message: 'Upgrade to Pro to export reports',
      links: { upgrade: 'https://app.example.com/upgrade?plan=pro' },
      plan: { required: { id: 'pro' } },
    });
  });

  it('gives no incident for another tRPC error', async () => {
    const input = trpcFailure(await thrown(api.origin, link, 'invoice'));
    expect(input?.status).toBe(404);
    expect(parsePaymentRequired(input!)).toBeNull();
  });

  it('reads a 402 from a server that does not speak tRPC, headers included', async () => {
    const incident = parsePaymentRequired(trpcFailure(await thrown(gateway.origin, link, 'exportReport'))!);
    expect(incident).toMatchObject({ reason: 'quota_exceeded', status: 402, quota: { limit: 10000, remaining: 0 } });
  });
});

describe('trpcFailure on other values', () => {
  it('returns null for values it does not know, without throwing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const v of [undefined, null, 'TRPCClientError', new Error('x'), { name: 'TRPCClientError' }, hostile]) {
      expect(trpcFailure(v)).toBeNull();
    }
  });
});
