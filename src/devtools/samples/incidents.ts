/**
 * Incidents as the parser makes them of real 402s (see test/fixtures/402/), built by hand so a
 * component can be shown or tested without a parser: the Stripe card errors, a SaaS plan gate,
 * quota headers, x402 and L402 challenges, a bare plain-text 402.
 */
import type { MicropaymentRequest, PaymentRequiredIncident } from '../../core/types';
import { sampleExpiredMastercard, sampleVisa } from './cards';

/** An incident with the fields every incident has (an unclassified JSON 402), `fields` over them. */
export function sampleIncident(fields: Partial<PaymentRequiredIncident> = {}): PaymentRequiredIncident {
  return { reason: 'unknown', status: 402, links: {}, format: 'json', raw: null, ...fields };
}

/** A Stripe `card_error` 402 for an issuer decline code, declining the sample Visa. */
export function sampleDeclinedCard(declineCode: string, message: string): PaymentRequiredIncident {
  return sampleIncident({
    reason: 'payment_failed',
    code: 'card_declined',
    declineCode,
    message,
    paymentMethod: sampleVisa,
    links: { support: 'https://example.com/support' },
    format: 'stripe',
  });
}

/** One incident per case the update-payment and upgrade prompts show. */
export const sampleIncidents = {
  /** Stripe legacy `missing`: no card on the customer. */
  noCard: sampleIncident({
    reason: 'payment_method_required',
    code: 'missing',
    message: 'Cannot charge a customer that has no active card',
    links: { billingPortal: 'https://billing.example.com/p/session/test_123' },
    format: 'stripe',
  }),
  /** Stripe `expired_card`, with the card on file. */
  expiredCard: sampleIncident({
    reason: 'payment_method_invalid',
    code: 'expired_card',
    declineCode: 'expired_card',
    message: 'Your card has expired.',
    paymentMethod: sampleExpiredMastercard,
    links: { docs: 'https://stripe.com/docs/error-codes/expired-card' },
    format: 'stripe',
  }),
  /** Stripe `incorrect_number` (a validation error, not an issuer decline). */
  incorrectNumber: sampleIncident({
    reason: 'payment_method_invalid',
    code: 'incorrect_number',
    message: 'Your card number is incorrect.',
    links: { docs: 'https://stripe.com/docs/error-codes/incorrect-number' },
    format: 'stripe',
  }),
  /** Stripe `card_declined` / `generic_decline`. */
  genericDecline: sampleDeclinedCard('generic_decline', 'Your card was declined.'),
  insufficientFunds: sampleDeclinedCard('insufficient_funds', 'Your card has insufficient funds.'),
  incorrectCvc: sampleDeclinedCard('incorrect_cvc', 'Your card’s security code is incorrect.'),
  authenticationRequired: sampleDeclinedCard('authentication_required', 'This payment requires authentication.'),
  processingError: sampleDeclinedCard('processing_error', 'An error occurred while processing your card. Try again in a little bit.'),
  cardNotSupported: sampleDeclinedCard('card_not_supported', 'Your card does not support this type of purchase.'),
  velocityExceeded: sampleDeclinedCard('card_velocity_exceeded', 'Your card has exceeded its balance or credit limit.'),
  doNotHonor: sampleDeclinedCard('do_not_honor', 'Your card was declined.'),
  /** Subscription past due, with a billing-portal link. */
  subscriptionPastDue: sampleIncident({
    reason: 'subscription_inactive',
    code: 'subscription_past_due',
    message: 'Your subscription payment failed. Update your payment method to restore access.',
    plan: { current: { id: 'pro', name: 'Pro' } },
    links: { billingPortal: 'https://billing.example.com/p/session/test_456' },
  }),
  /** A plain-text 402 nobody can classify. */
  unknown: sampleIncident({
    message: 'Payment Required',
    format: 'text',
    links: { support: 'https://example.com/support' },
  }),
  /** A SaaS plan gate: SAML SSO needs Business. */
  upgrade: sampleIncident({
    reason: 'upgrade_required',
    code: 'plan_upgrade_required',
    message: 'SAML SSO is available on the Business plan.',
    feature: 'SAML single sign-on',
    plan: { current: { id: 'team', name: 'Team' }, required: { id: 'business', name: 'Business' } },
    links: { upgrade: 'https://app.example.com/settings/billing?plan=business' },
  }),
} satisfies Record<string, PaymentRequiredIncident>;

/** A quota 402 whose reset is `resetInSeconds` from `now` (`undefined`: the server did not say). */
export function sampleQuotaIncident(resetInSeconds: number | undefined, now = Date.now()): PaymentRequiredIncident {
  const resetAt = resetInSeconds === undefined ? undefined : now + resetInSeconds * 1000;
  return sampleIncident({
    reason: 'quota_exceeded',
    code: 'https://iana.org/assignments/http-problem-types#quota-exceeded',
    message: 'You have used 10000 of 10000 requests included in the Free plan this month.',
    quota: { limit: 10_000, used: 10_000, remaining: 0, unit: 'requests', resetAt },
    retryAt: resetAt,
    plan: { current: { id: 'free' } },
    links: { upgrade: 'https://app.example.com/billing/upgrade' },
    format: 'problem+json',
  });
}

/** x402 v1: 0.01 USDC on Base Sepolia for a premium endpoint, as the parser reads the request. */
export const sampleX402Request: MicropaymentRequest = {
  protocol: 'x402',
  version: 1,
  amount: '10000',
  displayAmount: '0.01',
  currency: 'USDC',
  asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e',
  network: 'base-sepolia',
  scheme: 'exact',
  payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C',
  resource: 'https://api.example.com/premium-data',
  description: 'Access to premium market data',
  paymentHeader: 'X-PAYMENT',
  options: [],
};

/** The same price in x402 v2 (requirements in the PAYMENT-REQUIRED header): a CAIP-2 network id. */
export const sampleX402v2Request: MicropaymentRequest = {
  ...sampleX402Request,
  version: 2,
  network: 'eip155:84532',
  paymentHeader: 'PAYMENT-SIGNATURE',
};

/** A micropayment 402 for `request`, with the message its server sends. */
function micropaymentIncident(request: MicropaymentRequest, message: string): PaymentRequiredIncident {
  return sampleIncident({ reason: 'micropayment_required', message, format: 'x402', url: request.resource, micropayment: request });
}

/** x402 v1: 0.01 USDC on Base Sepolia for a premium endpoint. */
export const sampleX402Incident = micropaymentIncident(sampleX402Request, 'X-PAYMENT header is required');

/** x402 v2: the same price, asked in the PAYMENT-REQUIRED header. */
export const sampleX402v2Incident = micropaymentIncident(sampleX402v2Request, 'PAYMENT-SIGNATURE header is required');

/** L402 (LSAT): a 150 sat Lightning invoice in `WWW-Authenticate`. */
export const sampleL402Incident = sampleIncident({
  reason: 'micropayment_required',
  format: 'l402',
  url: 'https://api.example.com/v1/articles/42',
  micropayment: {
    protocol: 'l402',
    amount: '150',
    displayAmount: '150 sats',
    currency: 'BTC',
    scheme: 'LSAT',
    resource: 'https://api.example.com/v1/articles/42',
    paymentHeader: 'Authorization',
    options: [],
  },
});
