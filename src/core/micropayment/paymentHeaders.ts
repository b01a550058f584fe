import type { MicropaymentRequest, PaymentRequiredIncident } from '../types';
import { priceOf } from './paymentPrice';
import { defaultPaymentVault, type PaymentHeaders, type PaymentTarget, type PaymentVault } from './paymentVault';

/**
 * What the app's `onPay(request, incident)` may fulfil with:
 * - a **string**: the payment header's value (e.g. the base64 x402 payment payload); the header
 *   is the one the challenge names (`X-PAYMENT` for x402 v1, `PAYMENT-SIGNATURE` for x402 v2,
 *   `Authorization` for L402 and `Payment`, so return the whole `L402 <macaroon>:<preimage>`);
 * - **`{ headers }`**: the headers to attach, by name;
 * - **`false`**: the user cancelled (nothing is retried; they may pay later);
 * - anything else (`undefined`, `true` …): the app attached the payment itself; the request is retried as is.
 *
 * A header is attached by a fetch wrapped with `withPayments` to the one retry of the request,
 * and never to a second request.
 */
export type MicropaymentPayResult = string | { headers: HeadersInit } | boolean | null | undefined | void;

/**
 * The URL of the request an incident blocks: the failed request's own, or `undefined` when the
 * error did not carry it. Never the `resource` a challenge names: that is the server's choice,
 * and a payment keyed to it could be spent on another request.
 */
export function paymentUrlOf(incident: PaymentRequiredIncident): string | undefined {
  return incident.url;
}

/**
 * The request an incident's payment is for: its own URL, and the method `withPayments` saw
 * answered with a 402 there (`method` is left out when none or several were). `undefined` when
 * the incident does not carry its request URL: such a payment cannot be held for a retry.
 */
export function paymentTargetOf(
  incident: PaymentRequiredIncident,
  vault: PaymentVault = defaultPaymentVault,
): PaymentTarget | undefined {
  const url = paymentUrlOf(incident);
  return url ? { url, method: vault.challengedMethod(url) } : undefined;
}

/**
 * The headers an `onPay` result asks to attach, or `undefined` when it asks for none. Throws a
 * `TypeError` the prompt can show when the result cannot be attached (empty, or a bare value
 * for a challenge that does not name its header).
 */
export function paymentHeadersFrom(result: unknown, request: MicropaymentRequest): PaymentHeaders | undefined {
  if (typeof result === 'string') {
    const value = result.trim();
    if (!value) throw new TypeError('onPay returned an empty payment header.');
    const name = request.paymentHeader;
    if (!name) {
      throw new TypeError('onPay returned a header value, but the challenge does not name its header: return { headers: { [name]: value } }.');
    }
    return toRecord([[name, value]]);
  }
  if (typeof result === 'object' && result !== null && 'headers' in result) {
    const headers = toRecord(result.headers as HeadersInit);
    if (Object.keys(headers).length === 0) throw new TypeError('onPay returned no payment header.');
    return headers;
  }
  return undefined;
}

/**
 * Puts the payment from an `onPay` result in `vault` for the retry of the incident's request,
 * with the price it was made for (the incident's). Returns whether there was one. Throws (with a message for the prompt) when it cannot be
 * attached: no request URL, no fetch wrapped with `withPayments` to carry it, or no way to
 * tell which method of that URL asked to pay.
 */
export function holdPaymentForRetry(
  incident: PaymentRequiredIncident,
  result: unknown,
  vault: PaymentVault = defaultPaymentVault,
): boolean {
  const request = incident.micropayment;
  if (!request) return false;
  const headers = paymentHeadersFrom(result, request);
  if (!headers) return false;
  if (!vault.connected) {
    throw new TypeError('onPay returned a payment header, but no fetch is wrapped with withPayments(), so the retry could not carry it.');
  }
  const target = paymentTargetOf(incident, vault);
  if (!target) throw new TypeError('The payment cannot be attached: the incident does not say which request it is for.');
  if (!target.method) {
    throw new TypeError('The payment cannot be attached: withPayments() did not see which request (method and URL) was asked to pay.');
  }
  // With the price it paid: a prompt for this request at another price must not show that one.
  vault.deposit(target, headers, priceOf(request));
  return true;
}

// `Headers` checks names and values (no CR/LF, valid tokens) and folds case.
function toRecord(init: HeadersInit): PaymentHeaders {
  let headers: Headers;
  try {
    headers = new Headers(init);
  } catch {
    throw new TypeError('onPay returned a payment header that is not a valid HTTP header.');
  }
  return Object.fromEntries(headers.entries());
}
