import type { PaymentRequiredInput } from '../core/types';
import { failure, httpStatus, prop } from './read';

// Codes resolvers use to say "pay first" (there is no standard): PAYMENT_REQUIRED,
// SUBSCRIPTION_REQUIRED, QUOTA_EXCEEDED, INSUFFICIENT_CREDITS, PLAN_LIMIT, UPGRADE_REQUIRED…
const BILLING_CODE = /PAYMENT|SUBSCRI|BILLING|QUOTA|CREDIT|UPGRADE|BALANCE|INSUFFICIENT|(?:^|_)PLAN/i;

// Apollo Server's `extensions.http.status`, or a plain `extensions.status(Code)`.
const asks402 = (extensions: unknown): boolean =>
  [prop(prop(extensions, 'http'), 'status'), prop(extensions, 'status'), prop(extensions, 'statusCode')].some((s) => httpStatus(s) === 402);

/** True when one of the GraphQL errors says payment in its code or its HTTP status extension. */
function billing(errors: readonly unknown[]): boolean {
  return errors.slice(0, 20).some((e) => {
    const extensions = prop(e, 'extensions');
    const code = prop(extensions, 'code');
    return (typeof code === 'string' && BILLING_CODE.test(code)) || asks402(extensions);
  });
}

/**
 * GraphQL errors as a parser input. Resolver errors usually arrive with HTTP 200, which the
 * parser ignores unless the app opts in: when an error's code says payment the failure is
 * reported as a 402, so the default options see it. Other errors keep their status (200 when
 * unknown), so only an app that opted into 200 has them classified from their messages.
 */
export function graphqlErrorsFailure(
  errors: unknown,
  rest: { data?: unknown; extensions?: unknown; status?: unknown; headers?: unknown; url?: unknown },
): PaymentRequiredInput | null {
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const status = httpStatus(rest.status);
  const reported = status !== undefined && status >= 300 ? status : billing(errors) ? 402 : (status ?? 200);
  const body: Record<string, unknown> = { errors };
  if (rest.data !== undefined) body.data = rest.data;
  if (rest.extensions !== undefined) body.extensions = rest.extensions;
  return failure(reported, rest.headers, body, rest.url);
}
