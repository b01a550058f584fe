import * as z from 'zod/mini';
import { collect } from '../parse/collect';
import { own, type FormatReader } from '../parse/draft';
import { read, text } from '../parse/lenient';
import type { PaymentRequiredReason } from '../types';

/** A Stripe error object (`{ error: { type: 'card_error', code, decline_code, message } }`); non-strict. */
export const stripeErrorSchema = z.object({ type: text, code: text, decline_code: text, message: text });

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
  const error = own(ctx.data, 'error');
  const e = read(stripeErrorSchema, error);
  const card = e && (e.type === 'card_error' || !!e.decline_code);
  if (!e || (!card && !CARD_CODE.test(e.code ?? ''))) return undefined;
  return {
    ...collect([error], ctx.clock),
    format: 'stripe',
    // The issuer's decline code is the more precise of the two; a plain decline is a failed payment.
    reason: stripeReason(e.decline_code) ?? stripeReason(e.code) ?? 'payment_failed',
    code: e.code,
    declineCode: e.decline_code,
  };
};
