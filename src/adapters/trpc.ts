import type { FailureExtractor } from './types';
import { failure, firstString, prop, safely } from './read';

/**
 * tRPC 11 `TRPCClientError`: the status from the server's error shape (`data.httpStatus`, or 402
 * for the `PAYMENT_REQUIRED` code) or from the raw `Response` that httpLink/httpBatchLink keep in
 * `meta.response` (with the headers); the body is the error shape (`{ message, code, data }`),
 * read by the parser's tRPC format, or `meta.responseJSON` when the server did not speak tRPC.
 */
export const trpcFailure: FailureExtractor = safely((error: unknown) => {
  if (prop(error, 'name') !== 'TRPCClientError') return null;
  const shape = prop(error, 'shape');
  const data = prop(error, 'data') ?? prop(shape, 'data');
  const raw = prop(prop(error, 'meta'), 'response');
  const paymentCode = prop(data, 'code') === 'PAYMENT_REQUIRED' || prop(shape, 'code') === -32002;
  return failure(
    prop(data, 'httpStatus') ?? (paymentCode ? 402 : prop(raw, 'status')),
    prop(raw, 'headers'),
    shape ?? prop(prop(error, 'meta'), 'responseJSON'),
    firstString(prop(raw, 'url')),
  );
});
