import type { FailureExtractor } from './types';
import { graphqlErrorsFailure } from './graphqlErrors';
import { failure, prop, safely } from './read';

function read(error: unknown, depth: number): ReturnType<FailureExtractor> {
  const name = prop(error, 'name');
  // Apollo 4 ServerError (status ≥ 300) / ServerParseError (a body that is not JSON); Apollo 3's
  // ServerError has the decoded `result` instead of `bodyText`.
  if ((name === 'ServerError' || name === 'ServerParseError') && prop(error, 'statusCode') !== undefined) {
    const response = prop(error, 'response');
    return failure(
      prop(error, 'statusCode'),
      prop(response, 'headers'),
      prop(error, 'bodyText') ?? prop(error, 'result'),
      prop(response, 'url'),
    );
  }
  // Apollo 4 CombinedGraphQLErrors: resolver errors, usually on an HTTP 200.
  if (name === 'CombinedGraphQLErrors') {
    return graphqlErrorsFailure(prop(error, 'errors'), { data: prop(error, 'data'), extensions: prop(error, 'extensions') });
  }
  // Apollo 3 ApolloError: the HTTP failure in `networkError`, resolver errors in `graphQLErrors`.
  if (name === 'ApolloError' && depth === 0) {
    const network = prop(error, 'networkError');
    return (network ? read(network, depth + 1) : null) ?? graphqlErrorsFailure(prop(error, 'graphQLErrors'), {});
  }
  return null;
}

/**
 * Apollo Client 4 errors: `ServerError` (an HTTP 402 with `statusCode`, raw `bodyText` and the
 * `response` headers), `ServerParseError`, and `CombinedGraphQLErrors` whose `extensions.code`
 * says payment (`PAYMENT_REQUIRED` on an HTTP 200, reported as a 402). Apollo 3's `ApolloError`
 * is unwrapped too.
 */
export const apolloFailure: FailureExtractor = safely((error: unknown) => read(error, 0));
