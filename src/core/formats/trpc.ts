import { collect } from '../parse/collect';
import { entries, isRecord, num, own, str, type FormatReader } from '../parse/draft';

/**
 * A tRPC error shape (`{ message, code: -32002, data: { code: 'PAYMENT_REQUIRED', httpStatus } }`):
 * its `data.code`, when it has a JSON-RPC code or an HTTP status beside it.
 */
function trpcCode(shape: unknown): string | undefined {
  const data = own(shape, 'data');
  const code = str(data, 'code');
  return isRecord(shape) && isRecord(data) && code !== undefined && (num(shape, 'code') ?? num(data, 'httpStatus')) !== undefined ? code : undefined;
}

/**
 * tRPC errors: `{ error: { json: shape } }` (superjson), `{ error: shape }`, a bare shape, or a
 * batch (array) of those. The reason comes from the message and any `errorFormatter` fields.
 */
export const readTrpc: FormatReader = (ctx) => {
  const items = Array.isArray(ctx.data) ? entries(ctx.data, 20).map(([, v]) => v) : [ctx.data];
  for (const item of items) {
    const error = own(item, 'error');
    for (const candidate of [own(error, 'json'), error, item]) {
      const code = trpcCode(candidate);
      if (code !== undefined) return { ...collect([candidate], ctx.clock), format: 'trpc', code };
    }
  }
  return undefined;
};
