/**
 * Incidents and plans the component stories show. Each incident is what the parser makes of a
 * real 402 (see test/fixtures/402/): the Stripe card errors, a SaaS plan gate, quota
 * headers, x402 and L402 challenges, a bare plain-text 402.
 */
import type { PaymentRequiredIncident, Plan } from '../src/index';

/** An incident with the fields every incident has. */
function incident(fields: Omit<PaymentRequiredIncident, 'status' | 'links' | 'raw' | 'format'> & Partial<PaymentRequiredIncident>): PaymentRequiredIncident {
  return { status: 402, links: {}, format: 'stripe', raw: null, ...fields };
}

const card = { brand: 'visa', last4: '4242', expMonth: 8, expYear: 2028 };

/** A Stripe `card_error` 402 for an issuer decline code. */
export function declinedCard(declineCode: string, message: string): PaymentRequiredIncident {
  return incident({
    reason: 'payment_failed',
    code: 'card_declined',
    declineCode,
    message,
    paymentMethod: card,
    links: { support: 'https://example.com/support' },
  });
}

export const incidents = {
  /** Stripe legacy `missing`: no card on the customer. */
  noCard: incident({
    reason: 'payment_method_required',
    code: 'missing',
    message: 'Cannot charge a customer that has no active card',
    links: { billingPortal: 'https://billing.example.com/p/session/test_123' },
  }),
  /** Stripe `expired_card`, with the card on file. */
  expiredCard: incident({
    reason: 'payment_method_invalid',
    code: 'expired_card',
    declineCode: 'expired_card',
    message: 'Your card has expired.',
    paymentMethod: { brand: 'mastercard', last4: '4444', expMonth: 3, expYear: 2025 },
    links: { docs: 'https://stripe.com/docs/error-codes/expired-card' },
  }),
  /** Stripe `incorrect_number` (a validation error, not an issuer decline). */
  incorrectNumber: incident({
    reason: 'payment_method_invalid',
    code: 'incorrect_number',
    message: 'Your card number is incorrect.',
    links: { docs: 'https://stripe.com/docs/error-codes/incorrect-number' },
  }),
  /** Stripe `card_declined` / `generic_decline`. */
  genericDecline: declinedCard('generic_decline', 'Your card was declined.'),
  insufficientFunds: declinedCard('insufficient_funds', 'Your card has insufficient funds.'),
  incorrectCvc: declinedCard('incorrect_cvc', 'Your card’s security code is incorrect.'),
  authenticationRequired: declinedCard('authentication_required', 'This payment requires authentication.'),
  processingError: declinedCard('processing_error', 'An error occurred while processing your card. Try again in a little bit.'),
  cardNotSupported: declinedCard('card_not_supported', 'Your card does not support this type of purchase.'),
  velocityExceeded: declinedCard('card_velocity_exceeded', 'Your card has exceeded its balance or credit limit.'),
  doNotHonor: declinedCard('do_not_honor', 'Your card was declined.'),
  /** Subscription past due, with a billing-portal link. */
  subscriptionPastDue: incident({
    reason: 'subscription_inactive',
    code: 'subscription_past_due',
    message: 'Your subscription payment failed. Update your payment method to restore access.',
    plan: { current: { id: 'pro', name: 'Pro' } },
    links: { billingPortal: 'https://billing.example.com/p/session/test_456' },
    format: 'json',
  }),
  /** A plain-text 402 nobody can classify. */
  unknown: incident({
    reason: 'unknown',
    message: 'Payment Required',
    format: 'text',
    links: { support: 'https://example.com/support' },
  }),
  /** A SaaS plan gate: SAML SSO needs Business. */
  upgrade: incident({
    reason: 'upgrade_required',
    code: 'plan_upgrade_required',
    message: 'SAML SSO is available on the Business plan.',
    feature: 'SAML single sign-on',
    plan: { current: { id: 'team', name: 'Team' }, required: { id: 'business', name: 'Business' } },
    links: { upgrade: 'https://app.example.com/settings/billing?plan=business' },
    format: 'json',
  }),
} satisfies Record<string, PaymentRequiredIncident>;

/** A quota 402 whose reset is `resetInSeconds` from `now` (`undefined`: the server did not say). */
export function quotaIncident(resetInSeconds: number | undefined, now = Date.now()): PaymentRequiredIncident {
  const resetAt = resetInSeconds === undefined ? undefined : now + resetInSeconds * 1000;
  return incident({
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

/** x402 v1: 0.01 USDC on Base Sepolia for a premium endpoint. */
export const x402Incident = incident({
  reason: 'micropayment_required',
  message: 'X-PAYMENT header is required',
  format: 'x402',
  url: 'https://api.example.com/premium-data',
  micropayment: {
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
  },
});

/** x402 v2 (requirements in the PAYMENT-REQUIRED header): CAIP-2 network id. */
export const x402v2Incident = incident({
  reason: 'micropayment_required',
  message: 'PAYMENT-SIGNATURE header is required',
  format: 'x402',
  url: 'https://api.example.com/premium-data',
  micropayment: {
    protocol: 'x402',
    version: 2,
    amount: '10000',
    displayAmount: '0.01',
    currency: 'USDC',
    asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e',
    network: 'eip155:84532',
    scheme: 'exact',
    payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C',
    resource: 'https://api.example.com/premium-data',
    description: 'Access to premium market data',
    paymentHeader: 'PAYMENT-SIGNATURE',
    options: [],
  },
});

/** L402 (LSAT): a 150 sat Lightning invoice in `WWW-Authenticate`. */
export const l402Incident = incident({
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

/** Up to four plans, cheapest first. */
export const allPlans: readonly Plan[] = [
  {
    id: 'team',
    name: 'Team',
    description: 'For small teams getting started.',
    price: { amount: 20, currency: 'USD', interval: 'month' },
    features: ['5 seats', '3 projects', 'Email support'],
  },
  {
    id: 'business',
    name: 'Business',
    description: 'Security and control for growing companies.',
    price: { amount: 50, currency: 'USD', interval: 'month' },
    features: ['25 seats', 'Unlimited projects', 'SAML single sign-on'],
  },
  {
    id: 'scale',
    name: 'Scale',
    description: 'Higher limits and priority support.',
    price: { amount: 4990, currency: 'EUR', interval: 'year' },
    features: ['100 seats', 'Audit log', 'Priority support'],
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    description: 'Dedicated capacity and a named contact.',
    price: { amount: 1200, currency: 'USD', interval: 'month' },
    features: ['Unlimited seats', '99.99% uptime SLA', 'Dedicated support'],
  },
];
