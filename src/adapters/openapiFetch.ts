import { assertOk, HttpError, PaymentRequiredError } from '../core/error';
import type { FailureExtractor } from './types';
import { failure, httpStatus, prop, safely } from './read';

/** What an openapi-fetch call resolves to (the parts these helpers read). */
export interface OpenApiFetchResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

const DEFAULT_STATUSES: readonly number[] = [402];

/**
 * An openapi-fetch result `{ data, error, response }` whose response is not ok, when it reached
 * the library unthrown (or was thrown as it is). `error` is the decoded body; it is undefined for
 * an empty body, which still makes a 402 incident. Errors from {@link dataOrThrow} and
 * {@link paymentRequiredMiddleware} need no extractor: they are `HttpError`s.
 */
export const openapiFetchFailure: FailureExtractor = safely((result: unknown) => {
  const response = prop(result, 'response');
  if (prop(response, 'ok') !== false || typeof prop(prop(response, 'headers'), 'get') !== 'function') return null;
  if (typeof result !== 'object' || result === null || !('error' in result || 'data' in result)) return null;
  return failure(prop(response, 'status'), prop(response, 'headers'), prop(result, 'error'), prop(response, 'url'));
});

/**
 * Returns the data of an ok openapi-fetch result; otherwise throws a `PaymentRequiredError` (402,
 * or a status in `statuses`) or an `HttpError` carrying the status, headers and decoded body
 * (empty bodies included), so TanStack Query and the provider see the failure.
 * `queryFn: async () => dataOrThrow(await client.GET('/reports'))`
 */
export function dataOrThrow<D>(result: OpenApiFetchResult<D>, options?: { statuses?: readonly number[] }): D {
  const { response } = result;
  if (response.ok) return result.data as D;
  const status = httpStatus(response.status) ?? 500;
  const init = { status, headers: response.headers, body: result.error, url: response.url || undefined };
  const payment = (options?.statuses ?? DEFAULT_STATUSES).includes(status);
  throw payment ? new PaymentRequiredError(init) : new HttpError(init);
}

/**
 * openapi-fetch middleware that throws a `PaymentRequiredError` (body read from a clone, capped)
 * for a 402 or a status in `statuses`; every other response passes through as openapi-fetch
 * returns it. `client.use(paymentRequiredMiddleware())`
 */
export function paymentRequiredMiddleware(options?: { statuses?: readonly number[] }): {
  onResponse(params: { response: Response }): Promise<undefined>;
} {
  const statuses = options?.statuses ?? DEFAULT_STATUSES;
  return {
    async onResponse({ response }) {
      if (!response.ok && statuses.includes(response.status)) await assertOk(response.clone(), { statuses });
      return undefined;
    },
  };
}
