import { exposeHeaders } from './headers';
import { paymentRequiredProblem } from './problem';
import type { PaymentRequiredOptions } from './schemas';

/** What `paymentRequiredResponse` takes besides the options: any `ResponseInit` but the status. */
export type PaymentRequiredResponseInit = Omit<ResponseInit, 'status'>;

/**
 * A Web `Response` with status 402 for `options` (see `paymentRequiredProblem`), for every
 * runtime with Fetch: Node 18+, Deno, Bun, Cloudflare Workers, Next.js route handlers, Hono.
 * Headers from `init` are kept; the ones this 402 needs win, and `Access-Control-Expose-Headers`
 * lists both. Throws a `TypeError` naming each bad option.
 *
 * ```ts
 * return paymentRequiredResponse({ reason: 'quota_exceeded', quota: { limit: 1000, used: 1000, resetAt } });
 * ```
 */
export function paymentRequiredResponse(options: PaymentRequiredOptions, init: PaymentRequiredResponseInit = {}): Response {
  const { status, headers, body } = paymentRequiredProblem(options);
  const merged = new Headers(init.headers);
  const expose = headers['Access-Control-Expose-Headers'];
  for (const [name, value] of Object.entries(headers)) if (name !== 'Access-Control-Expose-Headers') merged.set(name, value);
  if (expose) exposeHeaders(merged, expose.split(', '));
  return new Response(JSON.stringify(body), { ...init, status, headers: merged });
}
