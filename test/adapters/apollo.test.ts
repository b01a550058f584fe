import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError, gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apolloFailure } from '../../src/adapters/apollo';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { fixture, notFound, startReplyServer, type Reply, type ReplyServer } from './server';

let server: ReplyServer;
const routes: Record<string, Reply> = {
  // Apollo Server's default: a resolver error on HTTP 200.
  '/resolver-402': fixture('graphql-apollo-payment-required-extension'),
  '/http-402': fixture('saas-subscription-past-due'),
  '/html-402': fixture('x402-v1-browser-paywall-html'),
  '/not-found-error': {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: { data: null, errors: [{ message: 'Invoice not found', extensions: { code: 'NOT_FOUND' } }] },
  },
};

beforeAll(async () => {
  server = await startReplyServer((r) => routes[r.path] ?? notFound);
});
afterAll(() => server.close());

const query = gql`
  query Invoices {
    invoices {
      id
    }
  }
`;
const thrown = (path: string): Promise<unknown> =>
  new ApolloClient({ link: new HttpLink({ uri: `${server.origin}${path}` }), cache: new InMemoryCache() }).query({ query }).then(
    () => expect.fail('Apollo resolved a failed query'),
    (e: unknown) => e,
  );

describe('apolloFailure', () => {
  it('reports extensions.code PAYMENT_REQUIRED on HTTP 200 (CombinedGraphQLErrors) as a 402', async () => {
    const error = await thrown('/resolver-402');
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    const input = apolloFailure(error);
    expect(input?.status).toBe(402);
    expect(parsePaymentRequired(input!)).toMatchObject({ reason: 'subscription_inactive', format: 'graphql', code: 'PAYMENT_REQUIRED' });
  });

  it('reads an HTTP 402 (ServerError) from its body text and response headers', async () => {
    const error = await thrown('/http-402');
    expect(ServerError.is(error)).toBe(true);
    const incident = parsePaymentRequired(apolloFailure(error)!);
    expect(incident).toMatchObject({
      reason: 'subscription_inactive',
      status: 402,
      links: { billingPortal: 'https://billing.stripe.com/p/session/test_SYNTHETIC' },
      url: `${server.origin}/http-402`,
    });
  });

  it('reads a 402 paywall page that is not JSON', async () => {
    const error = await thrown('/html-402');
    const incident = parsePaymentRequired(apolloFailure(error)!);
    expect(incident).toMatchObject({ reason: fixture('x402-v1-browser-paywall-html').expected.reason, status: 402 });
  });

  it('gives no incident for other GraphQL errors and for a 404', async () => {
    const other = apolloFailure(await thrown('/not-found-error'));
    expect(other?.status).toBe(200);
    expect(parsePaymentRequired(other!)).toBeNull();
    const missing = apolloFailure(await thrown('/missing'));
    expect(missing?.status).toBe(404);
    expect(parsePaymentRequired(missing!)).toBeNull();
  });

  it('unwraps an Apollo 3 ApolloError', () => {
    const apollo3 = Object.assign(new Error('Payment required'), {
      name: 'ApolloError',
      graphQLErrors: [{ message: 'Payment required', extensions: { code: 'PAYMENT_REQUIRED' } }],
      networkError: null,
    });
    expect(parsePaymentRequired(apolloFailure(apollo3)!)?.reason).toBe('subscription_inactive');
  });

  it('returns null for values it does not know, without throwing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const v of [undefined, null, 3, new Error('x'), { name: 'ServerError' }, { name: 'CombinedGraphQLErrors', errors: [] }, hostile]) {
      expect(apolloFailure(v)).toBeNull();
    }
  });
});
