import type { MicropaymentRequest } from '../types';

/**
 * What a payment was made for: the price fields of the request the prompt showed when "Pay" was
 * pressed (all of them), or those an app passed to `vault.deposit`. Free of secrets: never the
 * raw options (for L402 the macaroon and invoice) nor the header.
 */
export type PaymentPrice = Readonly<Partial<Pick<MicropaymentRequest, (typeof PRICE_FIELDS)[number]>>>;

// Everything that changes what the user pays, or to whom; not the resource or description.
const PRICE_FIELDS = ['protocol', 'scheme', 'amount', 'displayAmount', 'currency', 'asset', 'network', 'payTo'] as const;

/** The price of a request, copied field by field (only string values: bad input never becomes a price). */
export function priceOf(request: MicropaymentRequest): PaymentPrice {
  const price: Record<string, string | undefined> = {};
  for (const field of PRICE_FIELDS) {
    const value: unknown = request[field];
    price[field] = typeof value === 'string' ? value : undefined;
  }
  return price as PaymentPrice;
}

/** Whether a request asks exactly the price a payment was made for (every field the price states is equal). */
export function asksPrice(request: MicropaymentRequest, price: PaymentPrice): boolean {
  const asked = priceOf(request);
  return PRICE_FIELDS.every((field) => !Object.hasOwn(price, field) || asked[field] === price[field]);
}

/** The request as "Continue" pays it: the incident's request with the fields the waiting payment's price states. */
export function withPrice(request: MicropaymentRequest, price: PaymentPrice): MicropaymentRequest {
  return { ...request, ...price };
}
