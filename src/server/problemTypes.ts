import type { PaymentRequiredReason } from '../core/types';

// The package's npm page documents the problem types (README "Sending 402s from your API"): a
// stable, resolvable URI per reason, as RFC 9457 recommends. The fragment is what the client's
// classifier reads, so each one names its reason in words it recognises.
const BASE = 'https://www.npmjs.com/package/react-payment-required#';

/** The RFC 9457 `type` URI sent for each reason; stable across versions. */
export const PROBLEM_TYPES: Readonly<Record<PaymentRequiredReason, string>> = {
  payment_method_required: `${BASE}payment-method-required`,
  payment_method_invalid: `${BASE}payment-method-invalid`,
  payment_failed: `${BASE}payment-failed`,
  subscription_inactive: `${BASE}subscription-inactive`,
  upgrade_required: `${BASE}upgrade-required`,
  quota_exceeded: `${BASE}quota-exceeded`,
  micropayment_required: `${BASE}micropayment-required`,
  // "unknown" is the generic dialog with a support contact: a billing fault on the server's side.
  unknown: `${BASE}billing-service-problem`,
};

/** The RFC 9457 `title` sent for each reason: short, English, the same for every occurrence. */
export const PROBLEM_TITLES: Readonly<Record<PaymentRequiredReason, string>> = {
  payment_method_required: 'Payment method required',
  payment_method_invalid: 'Payment method invalid',
  payment_failed: 'Payment failed',
  subscription_inactive: 'Subscription inactive',
  upgrade_required: 'Upgrade required',
  quota_exceeded: 'Quota exceeded',
  micropayment_required: 'Payment required for this request',
  unknown: 'Payment required',
};
