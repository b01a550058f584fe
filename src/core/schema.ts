import * as z from 'zod/mini';
import { MAX_BODY_CHARS } from './limits';
import { MICROPAYMENT_PROTOCOLS } from './micropaymentProtocols';
import { PAYMENT_REQUIRED_REASONS, type PaymentRequiredReason } from './types';

const s = z.optional(z.string());
const count = z.optional(z.number().check(z.nonnegative()));
const time = z.optional(z.number().check(z.int(), z.positive()));
const planRef = z.optional(z.object({ id: z.string().check(z.minLength(1)), name: s }));
// What a sanitized link may look like: https, http on localhost, or a same-origin path.
const link = z.optional(z.string().check(z.regex(/^(?:https:\/\/|http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])[:/]|\/(?![/\\]))[^\s\\]*$/)));

/**
 * Validates an incident as `parsePaymentRequired` produces it (tests, fuzzing, and apps that
 * receive incidents across a boundary). Strict about safety: links, finite non-negative numbers,
 * integer epoch-ms times, known reasons and formats.
 */
export const paymentRequiredIncidentSchema = z.strictObject({
  reason: z.enum(PAYMENT_REQUIRED_REASONS as [PaymentRequiredReason, ...PaymentRequiredReason[]]),
  status: z.number().check(z.int(), z.gte(100), z.lte(599)),
  message: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_BODY_CHARS))),
  code: s,
  declineCode: s,
  paymentMethod: z.optional(
    z.object({
      brand: s,
      last4: z.optional(z.string().check(z.regex(/^\d{4}$/))),
      expMonth: z.optional(z.number().check(z.int(), z.gte(1), z.lte(12))),
      expYear: z.optional(z.number().check(z.int())),
    }),
  ),
  plan: z.optional(z.object({ current: planRef, required: planRef })),
  feature: s,
  quota: z.optional(z.object({ limit: count, used: count, remaining: count, unit: s, resetAt: time })),
  retryAt: time,
  links: z.object({ billingPortal: link, upgrade: link, support: link, docs: link }),
  micropayment: z.optional(
    z.object({
      protocol: z.enum(MICROPAYMENT_PROTOCOLS),
      version: z.optional(z.number()),
      amount: s,
      displayAmount: s,
      currency: s,
      asset: s,
      network: s,
      scheme: s,
      payTo: s,
      resource: s,
      description: s,
      expiresAt: time,
      paymentHeader: s,
      options: z.array(z.unknown()),
    }),
  ),
  format: z.enum(['problem+json', 'stripe', 'x402', 'l402', 'payment-auth', 'pay-per-crawl', 'cashu', 'graphql', 'trpc', 'json', 'text', 'empty', 'custom']),
  url: s,
  raw: z.unknown(),
});
