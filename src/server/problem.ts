import { base64Json, rateLimitHeaders } from './headers';
import { PROBLEM_TITLES, PROBLEM_TYPES } from './problemTypes';
import type { PaymentRequiredOptions, PaymentRequiredProblemBody } from './schemas';
import { sentLink, validateOptions, type ValidOptions } from './validate';

/** A 402 as plain data, for frameworks that build the response themselves. */
export interface PaymentRequiredProblem {
  status: 402;
  /** `Content-Type`, quota and x402 headers, and the `Access-Control-Expose-Headers` they need. */
  headers: Record<string, string>;
  body: PaymentRequiredProblemBody;
}

// Longest base64 header the client decodes.
const MAX_HEADER_CHARS = 16_384;

const planRef = (ref: NonNullable<ValidOptions['plan']>['current']) =>
  ref === undefined ? undefined : typeof ref === 'string' ? { id: ref } : ref.name === undefined ? { id: ref.id } : { id: ref.id, name: ref.name };

/** Drops undefined members, so the JSON has only what was given. */
function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * The 402 for `options` as `{ status, headers, body }`: an RFC 9457 `application/problem+json`
 * body with a stable `type` per reason and the members the client reads; for quotas
 * `Retry-After` (quota_exceeded) and the IETF `RateLimit` / `RateLimit-Policy` fields; for
 * micropayments the x402 v2 `PAYMENT-REQUIRED` header. Throws a `TypeError` naming each bad
 * option instead of producing a 402 the client would misread.
 *
 * ```ts
 * const { status, headers, body } = paymentRequiredProblem({ reason: 'upgrade_required', plan: { required: { id: 'pro', name: 'Pro' } } });
 * res.status(status).set(headers).json(body); // Express
 * ```
 */
export function paymentRequiredProblem(options: PaymentRequiredOptions): PaymentRequiredProblem {
  const o = validateOptions(options);
  const now = Date.now();
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' };

  const quota = o.quota;
  const resetAt = quota?.resetAt === undefined ? undefined : +quota.resetAt;
  // Whole seconds, rounded up: a client that retries on time never finds the quota still spent.
  const resetIn = resetAt !== undefined && resetAt > now ? Math.ceil((resetAt - now) / 1000) : undefined;
  let policies: string[] | undefined;
  if (quota) {
    const remaining =
      quota.remaining ?? (quota.limit !== undefined && quota.used !== undefined && quota.used <= quota.limit ? quota.limit - quota.used : undefined);
    const policy = quota.policy ?? 'quota';
    const fields = rateLimitHeaders({ policy, limit: quota.limit, remaining, resetIn });
    Object.assign(headers, fields);
    if (fields['RateLimit'] && o.reason === 'quota_exceeded') policies = [policy];
    if (resetIn !== undefined && o.reason === 'quota_exceeded') headers['Retry-After'] = String(resetIn);
  }

  const m = o.micropayment;
  if (m) {
    const resource = typeof m.resource === 'string' ? { url: m.resource } : defined({ ...m.resource });
    // No `error` member: x402 clients do not need it, and the client reads the problem's detail.
    // Only in the header, as the reference v2 server does: echoed in the problem body beside it,
    // the client would also read `resource.url` there as a billing link.
    const encoded = base64Json(defined({ x402Version: 2, resource, accepts: m.accepts.map((a) => defined({ ...a })), extensions: m.extensions }));
    if (encoded.length > MAX_HEADER_CHARS) {
      throw new TypeError(`react-payment-required/server: invalid 402 options:\n  - micropayment: the PAYMENT-REQUIRED header would be ${encoded.length} characters; clients read at most ${MAX_HEADER_CHARS}`);
    }
    headers['PAYMENT-REQUIRED'] = encoded;
  }

  const exposed = ['Retry-After', 'RateLimit', 'RateLimit-Policy', 'PAYMENT-REQUIRED'].filter((name) => name in headers);
  if (exposed.length) headers['Access-Control-Expose-Headers'] = exposed.join(', ');

  const pm = o.paymentMethod;
  const links = o.links ?? {};
  const link = (url: string | undefined) => (url === undefined ? undefined : sentLink(url));
  const body: PaymentRequiredProblemBody = defined({
    type: PROBLEM_TYPES[o.reason],
    title: PROBLEM_TITLES[o.reason],
    status: 402 as const,
    detail: o.message,
    reason: o.reason,
    code: o.code,
    decline_code: o.declineCode,
    current_plan: planRef(o.plan?.current),
    required_plan: planRef(o.plan?.required),
    feature: o.feature,
    quota: quota && defined({ limit: quota.limit, used: quota.used, remaining: quota.remaining, unit: quota.unit, reset_at: resetAt === undefined ? undefined : new Date(resetAt).toISOString() }),
    'violated-policies': policies,
    payment_method: pm && defined({ brand: pm.brand, last4: pm.last4, exp_month: pm.expMonth, exp_year: pm.expYear }),
    billing_portal_url: link(links.billingPortal),
    upgrade_url: link(links.upgrade),
    support_url: link(links.support),
    docs_url: link(links.docs),
  });
  return { status: 402, headers, body };
}
