import type { FailureExtractor } from '../core/extract';
import { findPaymentFailure } from '../core/paymentFailure';
import { BROWSER_QUERY_RETRIES, isTanStackServer, retryAnswer, type RetryFunction } from './retry';

/**
 * A TanStack Query `retry` option that never retries a payment failure and answers every other
 * error exactly as `retry` would: `true` always, a number while fewer failures than it, `false`
 * never, a function as it returns. Without `retry`, TanStack's default for queries: 3 in the
 * browser, none on the server (as TanStack's `isServer` / `environmentManager` says). Mutations
 * are not retried by default, so give them the count you want.
 *
 * A payment failure is a 402, or an error thrown as a `PaymentRequiredError` (`assertOk` with
 * `statuses`); `extractors` read errors of libraries the built-in detection does not know (the
 * same adapters the provider takes). It asks no parser, so it can decide at once.
 *
 * Use it where the provider's automatic handling does not reach: a `QueryClient` with no
 * `PaymentRequiredProvider` mounted (tests, server prefetching, a client the provider does not
 * wrap), or to say in the app's own options what happens on a 402. Under a provider it is not
 * needed, and both together agree. It does not read `meta`: a query opted out with
 * `meta: { paymentRequired: false }` that wants its 402s retried keeps a plain `retry`. The main
 * entry is a client module, so a Server Component cannot call it: see the README.
 *
 * @example
 * new QueryClient({
 *   defaultOptions: {
 *     queries: { retry: retryUnlessPaymentRequired() },
 *     mutations: { retry: retryUnlessPaymentRequired(2) },
 *   },
 * });
 */
export function retryUnlessPaymentRequired<TError = unknown>(
  retry?: boolean | number | ((failureCount: number, error: TError) => boolean),
  options: { extractors?: readonly FailureExtractor[] } = {},
): (failureCount: number, error: TError) => boolean {
  return (failureCount, error) =>
    !findPaymentFailure(error, options) &&
    retryAnswer((retry as RetryFunction | boolean | number | undefined) ?? (isTanStackServer() ? 0 : BROWSER_QUERY_RETRIES), failureCount, error);
}
