import type { QueryClient } from '@tanstack/react-query';
import { isOptedOut } from './meta';

type RetryValue = boolean | number | ((failureCount: number, error: unknown) => boolean) | undefined;
type RetryFunction = (failureCount: number, error: unknown) => boolean;

// TanStack Query's own defaults when `retry` is unset: 3 for queries in the browser, 0 on the
// server and for mutations.
const defaultRetries = (kind: 'queries' | 'mutations') =>
  kind === 'mutations' || typeof window === 'undefined' ? 0 : 3;

const ourRetries = new WeakSet<RetryFunction>();

/**
 * Wraps a `retry` option so that a 402 stops retrying at once while every other error keeps
 * the app's own rule. Wrappers are cached per rule, so options stay shallow-equal between renders.
 */
function createRetryWrapper(kind: 'queries' | 'mutations', isPaymentRequired: (error: unknown) => boolean) {
  const byFunction = new WeakMap<RetryFunction, RetryFunction>();
  const byValue = new Map<RetryValue, RetryFunction>();

  return (retry: RetryValue): RetryFunction => {
    if (typeof retry === 'function' && ourRetries.has(retry)) return retry;
    const cached = typeof retry === 'function' ? byFunction.get(retry) : byValue.get(retry);
    if (cached) return cached;

    const wrapped: RetryFunction = (failureCount, error) => {
      if (isPaymentRequired(error)) return false;
      if (typeof retry === 'function') return retry(failureCount, error);
      if (typeof retry === 'boolean') return retry;
      return failureCount < (retry ?? defaultRetries(kind));
    };
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
 * Makes every query and mutation of `client` stop retrying on a 402, whether `retry` comes from
 * the client defaults, `setQueryDefaults` or the call site: the client resolves all three in
 * `defaultQueryOptions` / `defaultMutationOptions`, so that is where the rule is added.
 * Returns the function that restores the client.
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
  const patched: Array<() => void> = [];

  for (const [method, kind] of [
    ['defaultQueryOptions', 'queries'],
    ['defaultMutationOptions', 'mutations'],
  ] as const) {
    const hadOwn = Object.hasOwn(target, method);
    const original = target[method];
    const wrap = createRetryWrapper(kind, isPaymentRequired);
    const withRule = function (this: QueryClient, options?: DefaultableOptions) {
      const defaulted = original.call(this, options);
      if (isOptedOut(defaulted.meta)) return defaulted;
      const retry = wrap(defaulted.retry);
      if (defaulted.retry === retry) return defaulted;
      // Already-defaulted options are returned as they came; only fresh objects are amended.
      return defaulted === options ? { ...defaulted, retry } : Object.assign(defaulted, { retry });
    };
    target[method] = withRule;
    patched.push(() => {
      if (target[method] !== withRule) return; // someone patched on top of us: leave theirs
      if (hadOwn) target[method] = original;
      else delete (target as Partial<typeof target>)[method];
    });
  }
  return () => patched.forEach((restore) => restore());
}
