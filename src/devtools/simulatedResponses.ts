import type { PaymentRequiredIncident, PaymentRequiredInput, PaymentRequiredReason } from '../core/types';
import { loadParser } from '../query/lazyParser';

/** How many seconds a simulated quota takes to reset. */
const SIMULATED_QUOTA_SECONDS = 30;

/** A 402 whose body is JSON of the given media type. */
function reply(body: unknown, headers: Record<string, string> = {}, contentType = 'application/json'): PaymentRequiredInput {
  return { status: 402, headers: { 'content-type': contentType, ...headers }, body };
}

/** An RFC 9457 problem-details 402: `type`, `title`, `detail` and extension members. */
function problem(type: string, title: string, detail: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return reply({ type, title, detail, status: 402, ...extensions }, headers, 'application/problem+json');
}

const PREMIUM_REPORT = 'https://api.example.com/premium/report';

/**
 * One realistic 402 per reason, in the wire formats servers really use (Stripe errors, RFC 9457
 * problem details, x402, a plain JSON error, an empty body), so a simulated incident goes
 * through the same parser as a real one.
 */
export const SIMULATED_RESPONSES: Readonly<Record<PaymentRequiredReason, () => PaymentRequiredInput>> = {
  payment_method_required: () =>
    problem(
      'https://example.com/problems/payment-method-required',
      'Payment method required',
      'Add a payment method to keep using the workspace.',
    ),
  payment_method_invalid: () =>
    reply({ error: { type: 'card_error', code: 'expired_card', message: 'Your card has expired.', param: 'exp_month' } }),
  payment_failed: () =>
    reply({
      error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
    }),
  subscription_inactive: () =>
    reply({ error: 'subscription_past_due', message: 'Your subscription is past due. Update your payment method to continue.' }),
  upgrade_required: () =>
    problem('https://example.com/problems/upgrade-required', 'Upgrade required', 'CSV export is available on the Business plan.', {
      current_plan: 'team',
      required_plan: 'business',
    }),
  quota_exceeded: () =>
    problem(
      'https://iana.org/assignments/http-problem-types#quota-exceeded',
      'Request quota exceeded',
      'Your plan includes 100 requests an hour and you have used them all.',
      { limit: 100, used: 100, remaining: 0 },
      { 'retry-after': String(SIMULATED_QUOTA_SECONDS) },
    ),
  micropayment_required: () => ({
    ...reply({
      x402Version: 1,
      error: 'X-PAYMENT header is required',
      accepts: [
        {
          scheme: 'exact',
          network: 'base-sepolia',
          maxAmountRequired: '10000',
          resource: PREMIUM_REPORT,
          description: 'One premium report',
          mimeType: 'application/json',
          payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C',
          maxTimeoutSeconds: 60,
          asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e',
          extra: { name: 'USDC', version: '2' },
        },
      ],
    }),
    url: PREMIUM_REPORT,
  }),
  unknown: () => ({ status: 402, headers: {}, body: '' }),
};

/**
 * A synthetic incident for `reason`, parsed from its canned 402 (fresh reset times each call).
 * The parser is loaded the way the provider loads it, so its chunk stays lazy in every build.
 */
export async function simulateIncident(reason: PaymentRequiredReason): Promise<PaymentRequiredIncident> {
  const parse = await loadParser();
  const input = SIMULATED_RESPONSES[reason]();
  // A 402 always parses; the fallback only keeps the types honest.
  return parse(input) ?? { reason: 'unknown', status: 402, links: {}, format: 'empty', raw: input.body };
}
