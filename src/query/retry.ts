import * as TanStackQuery from '@tanstack/react-query';
import type { Query, QueryClient } from '@tanstack/react-query';
import { isOptedOut } from './meta';

/** TanStack Query's `retry` function form. */
export type RetryFunction = (failureCount: number, error: unknown) => boolean;
type RetryValue = boolean | number | RetryFunction | undefined;

// Whether TanStack Query treats this runtime as a server, asked of TanStack itself: later 5.x
// have `environmentManager` (it follows `setIsServer`); earlier 5.x only the `isServer` constant
// their retryer reads. Plain member reads of the namespace, so bundlers still tree-shake it.
export const isTanStackServer = (): boolean =>
  (TanStackQuery.environmentManager as typeof TanStackQuery.environmentManager | undefined)?.isServer() ??
  TanStackQuery.isServer;

// TanStack's documented default for an observed query whose `retry` is unset in the browser. The
// only default the library restates: TanStack applies it inside its retryer, which nothing reaches.
export const BROWSER_QUERY_RETRIES = 3;

/** What `retry` answers after `failureCount` failures, read the way TanStack's retryer reads each form. */
export function retryAnswer(retry: Exclude<RetryValue, undefined>, failureCount: number, error: unknown): boolean {
  if (typeof retry === 'function') return retry(failureCount, error);
  return retry === true || (typeof retry === 'number' && failureCount < retry);
}

const ourRetries = new WeakSet<RetryFunction>();

/**
 * `retry`, except that a 402 is never retried. Every other error gets exactly the answer TanStack
 * would give `retry` itself (`true`, a count, or the app's function). Wrappers are cached per
 * rule, so options stay shallow-equal between renders.
 */
function createRetryWrapper(isPaymentRequired: (error: unknown) => boolean) {
  const byFunction = new WeakMap<RetryFunction, RetryFunction>();
  const byValue = new Map<RetryValue, RetryFunction>();

  return (retry: Exclude<RetryValue, undefined>): RetryFunction => {
    if (typeof retry === 'function' && ourRetries.has(retry)) return retry;
    const cached = typeof retry === 'function' ? byFunction.get(retry) : byValue.get(retry);
    if (cached) return cached;

    const wrapped: RetryFunction = (failureCount, error) => !isPaymentRequired(error) && retryAnswer(retry, failureCount, error);
    ourRetries.add(wrapped);
    if (typeof retry === 'function') byFunction.set(retry, wrapped);
    else byValue.set(retry, wrapped);
    return wrapped;
  };
}

interface DefaultableOptions {
  retry?: RetryValue;
  meta?: Record<string, unknown>;
}

/**
 * Makes every query and mutation of `client` stop retrying on a 402 while every other error is
 * retried exactly as TanStack Query alone would retry it. Returns the function that restores the
 * client.
 *
 * Why this shape: the public extension point is `retryUnlessPaymentRequired`, which an app puts
 * in its own options; this patch covers the app that did not, and no public option sees the
 * `retry` a query will use. `setDefaultOptions` holds only the client defaults
 * (`setQueryDefaults` and the call site override it), and giving it a value would also change
 * what an unset `retry` means (`fetchQuery` treats unset as `false`). So:
 * - a `retry` set anywhere (client defaults, `setQueryDefaults`, call site) is wrapped where the
 *   client merges the three, `defaultQueryOptions` / `defaultMutationOptions`: the one patch;
 * - an unset `retry` is left unset, so TanStack's own defaulting still decides: `fetchQuery`,
 *   `prefetchQuery` and `ensureQueryData` use `false`, mutations and the server 0, none of which
 *   retries a 402;
 * - the one case left, an observed query in the browser with `retry` unset, gets its rule when
 *   the query cache announces the fetch (after all of TanStack's defaulting, before its retryer
 *   reads the option). A refetch that cancels a fetch already in flight is not announced, so in
 *   that one case a 402 is retried as TanStack would retry it.
 */
export function neverRetryPaymentRequired(
  client: QueryClient,
  isPaymentRequired: (error: unknown) => boolean,
): () => void {
  // The methods are generic; a structural view of them is all this needs.
  const target = client as unknown as Record<
    'defaultQueryOptions' | 'defaultMutationOptions',
    (options?: DefaultableOptions) => DefaultableOptions
  >;
  const wrap = createRetryWrapper(isPaymentRequired);
  const restores: Array<() => void> = [];

  for (const method of ['defaultQueryOptions', 'defaultMutationOptions'] as const) {
    const hadOwn = Object.hasOwn(target, method);
    const original = target[method];
    const withRule = function (this: QueryClient, options?: DefaultableOptions) {
      const defaulted = original.call(this, options);
      if (defaulted.retry === undefined || isOptedOut(defaulted.meta)) return defaulted;
      const retry = wrap(defaulted.retry);
      if (defaulted.retry === retry) return defaulted;
      // Already-defaulted options are returned as they came; only fresh objects are amended.
      return defaulted === options ? { ...defaulted, retry } : Object.assign(defaulted, { retry });
    };
    target[method] = withRule;
    restores.push(() => {
      if (target[method] !== withRule) return; // someone patched on top of us: leave theirs
      if (hadOwn) target[method] = original;
      else delete (target as Partial<typeof target>)[method];
    });
  }

  const browserDefault = wrap(BROWSER_QUERY_RETRIES);
  const queryCache = client.getQueryCache();
  const optionsOf = (query: Query) => query.options as DefaultableOptions;
  restores.push(
    queryCache.subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'fetch') return;
      const options = optionsOf(event.query);
      if (options.retry === undefined && !isOptedOut(options.meta) && !isTanStackServer()) {
        options.retry = browserDefault;
      }
    }),
    // A query refetched later without new options (invalidateQueries) gets TanStack's rule again.
    () => {
      for (const query of queryCache.getAll()) {
        if (optionsOf(query).retry === browserDefault) optionsOf(query).retry = undefined;
      }
    },
  );
  return () => restores.forEach((restore) => restore());
}
