import * as z from 'zod/mini';
import { collect } from '../parse/collect';
import { entries, own, type FormatReader } from '../parse/draft';
import { num, read, text } from '../parse/lenient';

/** A tRPC error shape (`{ message, code: -32002, data: { code: 'PAYMENT_REQUIRED', httpStatus } }`); non-strict. */
export const trpcShapeSchema = z.object({
  message: text,
  code: num,
  data: z.object({ code: z.string(), httpStatus: num }),
});

/**
 * tRPC errors: `{ error: { json: shape } }` (superjson), `{ error: shape }`, a bare shape, or a
 * batch (array) of those. The reason comes from the message and any `errorFormatter` fields.
 */
export const readTrpc: FormatReader = (ctx) => {
  const items = Array.isArray(ctx.data) ? entries(ctx.data, 20).map(([, v]) => v) : [ctx.data];
  for (const item of items) {
    const error = own(item, 'error');
    for (const candidate of [own(error, 'json'), error, item]) {
      const shape = read(trpcShapeSchema, candidate);
      if (shape && (shape.code !== undefined || shape.data.httpStatus !== undefined)) {
        const found = collect([candidate], ctx.clock);
        return { ...found, format: 'trpc', code: shape.data.code };
      }
    }
  }
  return undefined;
};
