import { collect } from '../parse/collect';
import { isRecord, own, str, type FormatReader } from '../parse/draft';
import type { PaymentRequiredReason } from '../types';

/**
 * What a Stripe `code` or `decline_code` means: `missing` (no card on the customer) → required;
 * `incorrect_*`, `invalid_*`, `expired_card`, `*_not_supported` → the card itself is unusable;
 * `processing_error` (a fault while processing, to be tried again) states no cause → unknown;
 * anything else (declines, `insufficient_funds`, …) is left undecided.
 */
export function stripeReason(code: string | undefined): PaymentRequiredReason | undefined {
  if (code === 'missing') return 'payment_method_required';
  if (code === 'processing_error') return 'unknown';
  if (code && /^(incorrect|invalid)_|^expired_card$|_not_supported$/.test(code)) return 'payment_method_invalid';
  return undefined;
}

// Card codes that say what is wrong with the card whatever the error type (Stripe also sends them
// as `invalid_request_error`, e.g. when a saved card is attached); other vendors share the envelope.
const CARD_CODE = /^(?:missing|expired_card|(?:incorrect|invalid)_(?:number|cvc|zip|expiry_month|expiry_year))$/;

/**
 * Stripe errors: card errors (HTTP 402 "Request Failed"), and any other type whose code is about
 * the card (`missing`: the customer has no payment method). Card details from `payment_method`/`source`.
 */
export const readStripe: FormatReader = (ctx) => {
  // `{ error: { type: 'card_error', code, decline_code, message } }`; a field of the wrong type reads as missing.
  const error = own(ctx.data, 'error');
  if (!isRecord(error)) return undefined;
  const code = str(error, 'code');
  const declineCode = str(error, 'decline_code');
  if (str(error, 'type') !== 'card_error' && !declineCode && !CARD_CODE.test(code ?? '')) return undefined;
  return {
    ...collect([error], ctx.clock),
    format: 'stripe',
    // The issuer's decline code is the more precise of the two; a plain decline is a failed payment.
    reason: stripeReason(declineCode) ?? stripeReason(code) ?? 'payment_failed',
    code,
    declineCode,
  };
};
