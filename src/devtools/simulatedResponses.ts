import type { PaymentRequiredIncident, PaymentRequiredInput, PaymentRequiredReason } from '../core/types';
import { loadOnDemand, protocolReaders } from '../query/lazyParser';
import {
  expiredCardResponse,
  insufficientFundsResponse,
  noCardResponse,
  plainTextResponse,
  quotaExceededResponse,
  subscriptionPastDueResponse,
  upgradeRequiredResponse,
  x402Response,
  type SampleResponder,
} from './samples/responses';

/** How many seconds a simulated quota takes to reset. */
const SIMULATED_QUOTA_SECONDS = 30;

const PREMIUM_REPORT = 'https://api.example.com/premium/report';

/** A canned 402 for a request to the premium report, sent now. */
const simulated =
  (respond: SampleResponder) =>
  (): PaymentRequiredInput => ({ ...respond({ url: PREMIUM_REPORT, secondsLeft: SIMULATED_QUOTA_SECONDS, now: Date.now() }), url: PREMIUM_REPORT });

/**
 * One realistic 402 per reason, in the wire formats servers really use (Stripe card errors, a
 * SaaS API's JSON errors, RFC 9457 problem details with `Retry-After`, an x402 challenge, plain
 * text), so a simulated incident goes through the same parser as a real one. They are the
 * library's sample responses (./samples), which the stories' mocked servers send too.
 */
export const SIMULATED_RESPONSES: Readonly<Record<PaymentRequiredReason, () => PaymentRequiredInput>> = {
  payment_method_required: simulated(noCardResponse),
  payment_method_invalid: simulated(expiredCardResponse),
  payment_failed: simulated(insufficientFundsResponse),
  subscription_inactive: simulated(subscriptionPastDueResponse),
  upgrade_required: simulated(upgradeRequiredResponse),
  quota_exceeded: simulated(quotaExceededResponse),
  micropayment_required: simulated(x402Response),
  unknown: simulated(plainTextResponse),
};

/**
 * A synthetic incident for `reason`, parsed from its canned 402 (fresh reset times each call).
 * The parser is loaded the way the provider loads it, so its chunk stays lazy in every build.
 */
export async function simulateIncident(reason: PaymentRequiredReason): Promise<PaymentRequiredIncident> {
  const onDemand = await loadOnDemand();
  const input = SIMULATED_RESPONSES[reason]();
  // A 402 always parses; the fallback only keeps the types honest.
  return (await onDemand.parseOnDemand(input, {}, protocolReaders)) ?? { reason: 'unknown', status: 402, links: {}, format: 'empty', raw: input.body };
}
