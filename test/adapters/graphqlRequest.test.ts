import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequestFailure } from '../../src/adapters/graphqlRequest';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { fixture, notFound, startReplyServer, type Reply, type ReplyServer } from './server';

let server: ReplyServer;
const json = { 'content-type': 'application/json' };
const routes: Record<string, Reply> = {
  // Apollo Server's default: a resolver error on HTTP 200.
  '/resolver-402': fixture('graphql-apollo-payment-required-extension'),
  // A GraphQL server answering 402 with GraphQL errors.
  '/http-402': {
    status: 402,
    headers: json,
    body: { data: null, errors: [{ message: 'Your trial has ended. Subscribe to keep using the API.', extensions: { code: 'SUBSCRIPTION_REQUIRED' } }] },
  },
  // A billing gateway in front of the GraphQL endpoint: not a GraphQL body at all.
  '/gateway-402': fixture('saas-feature-requires-plan'),
  '/not-found-error': { status: 200, headers: json, body: { data: null, errors: [{ message: 'Invoice not found', extensions: { code: 'NOT_FOUND' } }] } },
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
  new GraphQLClient(`${server.origin}${path}`).request(query).then(
    () => expect.fail('graphql-request resolved a failed request'),
    (e: unknown) => e,
  );

describe('graphqlRequestFailure', () => {
  it('reports PAYMENT_REQUIRED on HTTP 200 as a 402', async () => {
    const error = await thrown('/resolver-402');
    expect(error).toBeInstanceOf(ClientError);
    const input = graphqlRequestFailure(error);
    expect(input?.status).toBe(402);
    expect(parsePaymentRequired(input!)).toMatchObject({ reason: 'subscription_inactive', format: 'graphql', message: 'Payment required' });
  });

  it('reads GraphQL errors sent with HTTP 402', async () => {
    const incident = parsePaymentRequired(graphqlRequestFailure(await thrown('/http-402'))!);
    // A trial that ended asks the user to pick a plan (docs/classification.md: trials and never-subscribed).
    expect(incident).toMatchObject({ reason: 'upgrade_required', status: 402, code: 'SUBSCRIPTION_REQUIRED' });
  });

  it('reads a 402 body that is not GraphQL from the raw text', async () => {
    const incident = parsePaymentRequired(graphqlRequestFailure(await thrown('/gateway-402'))!);
    expect(incident).toMatchObject({ reason: 'upgrade_required', feature: 'saml_sso', links: { upgrade: 'https://app.example.com/settings/billing?plan=business' } });
  });

  it('gives no incident for other GraphQL errors and for a 404', async () => {
    const other = graphqlRequestFailure(await thrown('/not-found-error'));
    expect(other?.status).toBe(200);
    expect(parsePaymentRequired(other!)).toBeNull();
    const missing = graphqlRequestFailure(await thrown('/missing'));
    expect(missing?.status).toBe(404);
    expect(parsePaymentRequired(missing!)).toBeNull();
  });

  it('returns null for values it does not know, without throwing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    const lookalike = { response: { status: 402 }, request: { query: '{ a }' } };
    for (const v of [undefined, null, 'x', new Error('x'), lookalike, hostile]) {
      expect(graphqlRequestFailure(v)).toBeNull();
    }
  });
});
