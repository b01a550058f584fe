import type { MICROPAYMENT_PROTOCOLS } from './micropaymentProtocols';

/** Why the server asked for payment: decides which UI is shown. */
export type PaymentRequiredReason =
  | 'payment_method_required'
  | 'payment_method_invalid'
  | 'payment_failed'
  | 'subscription_inactive'
  | 'upgrade_required'
  | 'quota_exceeded'
  | 'micropayment_required'
  | 'unknown';

/** Every reason, in display order. */
export const PAYMENT_REQUIRED_REASONS: readonly PaymentRequiredReason[] = [
  'payment_method_required',
  'payment_method_invalid',
  'payment_failed',
  'subscription_inactive',
  'upgrade_required',
  'quota_exceeded',
  'micropayment_required',
  'unknown',
];

/** Which wire format the parser recognised in the response. */
export type WireFormat =
  | 'problem+json'
  | 'stripe'
  | 'x402'
  | 'l402'
  | 'payment-auth'
  | 'pay-per-crawl'
  | 'cashu'
  | 'graphql'
  | 'trpc'
  | 'json'
  | 'text'
  | 'empty'
  | 'custom';

/** The card or payment method the server says is on file. Never a full number. */
export interface PaymentMethodSummary {
  brand?: string;
  last4?: string;
  expMonth?: number;
  expYear?: number;
}

/** A reference to a plan by id, with a display name when the server gives one. */
export interface PlanRef {
  id: string;
  name?: string;
}

/** The plan the account is on and the one the failed request needs. */
export interface PlanRequirement {
  current?: PlanRef;
  required?: PlanRef;
}

/** Usage figures for a quota or credit balance; `resetAt` is epoch milliseconds. */
export interface QuotaInfo {
  limit?: number;
  used?: number;
  remaining?: number;
  unit?: string;
  resetAt?: number;
}

/** Links from the server, kept only if they pass the link policy. */
export interface BillingLinks {
  billingPortal?: string;
  upgrade?: string;
  support?: string;
  docs?: string;
}

/**
 * Which per-request payment protocol issued the challenge. `other`: a per-request price in a scheme
 * the library has no reader for (an `X-Payment-Required` or `Pay` header, a body that is only a
 * price, or prose naming the header to pay in); `scheme`, `amount`, `paymentHeader` and the raw
 * challenge in `options` say what is known.
 */
export type MicropaymentProtocol = (typeof MICROPAYMENT_PROTOCOLS)[number];

/** What a per-request payment asks for, as the server stated it. The library signs nothing. */
export interface MicropaymentRequest {
  protocol: MicropaymentProtocol;
  /** x402 protocol version (1 or 2) when the protocol is x402. */
  version?: number;
  /** Amount in the asset's smallest unit, as sent (e.g. "10000" = 0.01 USDC). */
  amount?: string;
  /** Human amount when it can be derived (decimals known), e.g. "0.01". */
  displayAmount?: string;
  /** ISO currency code or token name/symbol (e.g. "USD", "USDC", "BTC"). */
  currency?: string;
  /** Token contract address for on-chain assets. */
  asset?: string;
  network?: string;
  scheme?: string;
  payTo?: string;
  resource?: string;
  description?: string;
  /** Seconds the offer is valid for, or when it expires (epoch ms). */
  expiresAt?: number;
  /** Header the app sends with the paid retry (`X-PAYMENT`, `PAYMENT-SIGNATURE`, `Authorization`). */
  paymentHeader?: string;
  /** All payment options the server offered, raw, for apps that pick their own. */
  options: readonly unknown[];
}

/** One 402 turned into something the UI can act on. */
export interface PaymentRequiredIncident {
  reason: PaymentRequiredReason;
  /** HTTP status of the response (402, or another when opted in). */
  status: number;
  /** The server's human text, plain text only, length-capped. */
  message?: string;
  /** The server's raw machine code, e.g. `card_declined`. */
  code?: string;
  /** The issuer's decline code, e.g. `insufficient_funds`. */
  declineCode?: string;
  paymentMethod?: PaymentMethodSummary;
  plan?: PlanRequirement;
  /** The feature the request needed, when the server names it. */
  feature?: string;
  quota?: QuotaInfo;
  /** When retrying may succeed, epoch ms (Retry-After, rate-limit headers, body). */
  retryAt?: number;
  links: BillingLinks;
  /** Present for `micropayment_required` (and failed micropayments). */
  micropayment?: MicropaymentRequest;
  format: WireFormat;
  /** Request URL when known. */
  url?: string;
  /** The original decoded body. */
  raw: unknown;
}

/** Headers in either form the parser accepts. */
export type HeadersInput = Headers | Record<string, string | readonly string[] | undefined>;

/** What `parsePaymentRequired` reads: a response already decoded. */
export interface PaymentRequiredInput {
  status: number;
  headers?: HeadersInput;
  /** Decoded body: a JSON value or text. */
  body?: unknown;
  url?: string;
}

/** A plan the app offers, as passed to the provider's `plans` prop. */
export interface Plan {
  id: string;
  name: string;
  description?: string;
  /** Price in major units (e.g. 29 = $29.00) in `currency` (ISO 4217). */
  price?: { amount: number; currency: string; interval?: BillingInterval };
  /** What the plan includes, shown as a list. */
  features?: readonly string[];
}

/** How often a plan's price is charged. */
export type BillingInterval = 'day' | 'week' | 'month' | 'year' | 'once';
