import type { FailureExtractor } from './types';
import { failure, firstString, prop, safely } from './read';

/**
 * ofetch 1 (and Nuxt `$fetch`) `FetchError`: `error.status`, the body ofetch already decoded in
 * `error.data`, headers from `error.response`. Network errors (no response) give null.
 */
export const ofetchFailure: FailureExtractor = safely((error: unknown) => {
  if (prop(error, 'name') !== 'FetchError') return null;
  const response = prop(error, 'response');
  if (!response) return null;
  const request = prop(error, 'request');
  return failure(
    prop(error, 'status') ?? prop(response, 'status'),
    prop(response, 'headers'),
    prop(error, 'data') ?? prop(response, '_data'),
    firstString(prop(response, 'url'), prop(request, 'url'), request),
  );
});
