import { assertOk } from '../core/error';
import type { FailureExtractor } from './types';
import { failure, firstString, prop, safely } from './read';

/**
 * ky's `HTTPError`: status, headers and URL from `error.response`, the decoded body from
 * `error.data`. ky 2 fills `data` itself; on ky 1 add {@link kyPaymentRequiredHooks} so the body
 * is read before the error is thrown (this extractor is synchronous and never reads the stream).
 * Without either, the incident is built from the status and headers alone.
 */
export const kyFailure: FailureExtractor = safely((error: unknown) => {
  if (prop(error, 'name') !== 'HTTPError') return null;
  const response = prop(error, 'response');
  return failure(
    prop(response, 'status'),
    prop(response, 'headers'),
    prop(error, 'data'),
    firstString(prop(response, 'url'), prop(prop(error, 'request'), 'url')),
  );
});

/**
 * A ky `beforeError` hook that reads the failed response's body (a clone, capped, JSON decoded
 * when it is JSON) into `error.data`, the field ky 2 fills itself. `error.response` stays
 * readable. Errors that already carry `data` are passed through untouched.
 */
export async function readKyErrorBody<E extends { response: Response }>(error: E): Promise<E> {
  try {
    if (prop(error, 'data') === undefined && !error.response.bodyUsed) {
      const failed: unknown = await assertOk(error.response.clone()).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      const body = prop(failed, 'body');
      if (body !== undefined) (error as E & { data?: unknown }).data = body;
    }
  } catch {
    // A body that cannot be read leaves the error as ky built it.
  }
  return error;
}

/** ky hooks that make every `HTTPError` carry its decoded body: `ky.create({ hooks: kyPaymentRequiredHooks })`. */
export const kyPaymentRequiredHooks = { beforeError: [readKyErrorBody] };
