import type { FailureExtractor } from './types';
import { graphqlErrorsFailure } from './graphqlErrors';
import { failure, prop, safely } from './read';

/**
 * graphql-request 7 `ClientError` (thrown for a non-2xx status and for GraphQL `errors`):
 * `error.response` holds the status, headers, GraphQL `errors`/`data` and the raw `body` text.
 * A 2xx whose errors carry a payment code (`extensions.code: 'PAYMENT_REQUIRED'`) is reported
 * as a 402. ClientError sets no `name`, so it is recognised by its `response` and `request`.
 */
export const graphqlRequestFailure: FailureExtractor = safely((error: unknown) => {
  const response = prop(error, 'response');
  const request = prop(error, 'request');
  if (!(error instanceof Error) || prop(request, 'query') === undefined || typeof prop(response, 'status') !== 'number') return null;
  const headers = prop(response, 'headers');
  const graphql = graphqlErrorsFailure(prop(response, 'errors'), {
    data: prop(response, 'data'),
    extensions: prop(response, 'extensions'),
    status: prop(response, 'status'),
    headers,
  });
  // Not GraphQL (an HTML paywall, a gateway's JSON): the raw text, decoded by the parser.
  return graphql ?? failure(prop(response, 'status'), headers, prop(response, 'body') ?? prop(response, 'error'));
});
