import * as z from 'zod/mini';
import { PAYMENT_REQUIRED_REASONS, type PaymentRequiredReason } from '../core/types';

/**
 * The zod schemas of the server half: what `paymentRequiredResponse` accepts (options, camelCase,
 * strict so a typo is an error) and what it sends (the RFC 9457 body, snake_case extension
 * members the client reads). The JSON Schema and OpenAPI component are generated from the body
 * schema, and the building blocks are shared, so docs, validation and output cannot drift.
 */

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const count = z.number().check(z.nonnegative());

/** Every reason, as a zod enum. */
export const reasonSchema = z.enum(PAYMENT_REQUIRED_REASONS as [PaymentRequiredReason, ...PaymentRequiredReason[]]);

const planRef = z.object({ id: text(100), name: z.optional(text(100)) });

// ----- options -----

// Latest instant `Date` can represent; the client clamps further to MAX_FUTURE_MS from now.
const MAX_DATE_MS = 8_640_000_000_000_000;
const instant = z.union([z.number().check(z.int(), z.positive(), z.lte(MAX_DATE_MS)), z.date()]);
// A RateLimit policy name is sent as a structured-field string: printable ASCII, no `"` or `\`.
const policyName = z.string().check(z.regex(/^[\x20-\x21\x23-\x5b\x5d-\x7e]{1,64}$/));

/** Options of `paymentRequiredResponse` / `paymentRequiredProblem`; strict, so typos are errors. */
export const paymentRequiredOptionsSchema = z.strictObject({
  reason: reasonSchema,
  message: z.optional(text(500)),
  code: z.optional(text(200)),
  declineCode: z.optional(text(100)),
  plan: z.optional(z.strictObject({ current: z.optional(z.union([text(100), planRef])), required: z.optional(z.union([text(100), planRef])) })),
  feature: z.optional(text(100)),
  quota: z.optional(
    z.strictObject({
      limit: z.optional(count),
      used: z.optional(count),
      remaining: z.optional(count),
      unit: z.optional(text(40)),
      resetAt: z.optional(instant),
      policy: z.optional(policyName),
    }),
  ),
  links: z.optional(
    z.strictObject({ billingPortal: z.optional(z.string()), upgrade: z.optional(z.string()), support: z.optional(z.string()), docs: z.optional(z.string()) }),
  ),
  paymentMethod: z.optional(
    z.strictObject({
      brand: z.optional(text(40)),
      // Required: the client recognises a card on file by its last 4 digits.
      last4: z.string().check(z.regex(/^\d{4}$/)),
      expMonth: z.optional(z.number().check(z.int(), z.gte(1), z.lte(12))),
      expYear: z.optional(z.number().check(z.int(), z.gte(1970), z.lte(9999))),
    }),
  ),
  micropayment: z.optional(
    z.strictObject({
      resource: z.union([z.string().check(z.minLength(1)), z.strictObject({ url: z.string().check(z.minLength(1)), description: z.optional(z.string()), mimeType: z.optional(z.string()) })]),
      accepts: z.array(
        z.strictObject({
          scheme: text(100),
          network: text(100),
          amount: z.string().check(z.regex(/^\d{1,60}$/)),
          asset: text(200),
          payTo: text(200),
          maxTimeoutSeconds: z.number().check(z.int(), z.positive()),
          extra: z.optional(z.record(z.string(), z.unknown())),
        }),
      ).check(z.minLength(1), z.maxLength(20)),
      extensions: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});

/** Options of `paymentRequiredResponse` and `paymentRequiredProblem` (see the README for each field). */
export type PaymentRequiredOptions = z.input<typeof paymentRequiredOptionsSchema>;

// ----- body -----

const bodyPlan = described(planRef, 'A plan by id, with its display name.');
const bodyLink = (what: string) => z.optional(described(z.string(), `${what}: an https: URL (http: only on localhost) or a same-origin path.`));

/** The RFC 9457 problem body a 402 from `paymentRequiredResponse` carries; other members may follow. */
export const paymentRequiredProblemSchema = described(
  z.looseObject({
    type: described(z.string(), 'Problem type URI, one per reason (stable).'),
    title: described(z.string(), 'Short summary of the problem type, the same for every occurrence.'),
    status: described(z.literal(402), 'HTTP status: always 402.'),
    detail: z.optional(described(z.string().check(z.maxLength(500)), 'Human text for this occurrence, plain text.')),
    reason: described(reasonSchema, 'Why payment is required; decides which UI the client shows.'),
    code: z.optional(described(z.string(), 'The server’s machine code, e.g. card_declined.')),
    decline_code: z.optional(described(z.string(), 'The issuer’s decline code, e.g. insufficient_funds.')),
    current_plan: z.optional(bodyPlan),
    required_plan: z.optional(bodyPlan),
    feature: z.optional(described(z.string(), 'The feature the request needed.')),
    quota: z.optional(
      described(
        z.object({
          limit: z.optional(count),
          used: z.optional(count),
          remaining: z.optional(count),
          unit: z.optional(z.string()),
          reset_at: z.optional(described(z.iso.datetime({ offset: true }), 'When the quota resets (RFC 3339).')),
        }),
        'Usage figures of the quota or credit balance that ran out.',
      ),
    ),
    'violated-policies': z.optional(described(z.array(z.string()), 'RateLimit policies this request violated.')),
    payment_method: z.optional(
      described(
        z.object({
          brand: z.optional(z.string()),
          last4: z.string().check(z.regex(/^\d{4}$/)),
          exp_month: z.optional(z.number().check(z.int(), z.gte(1), z.lte(12))),
          exp_year: z.optional(z.number().check(z.int(), z.gte(1970), z.lte(9999))),
        }),
        'The card on file: brand, last 4 digits and expiry only, never a full number.',
      ),
    ),
    billing_portal_url: bodyLink('Where the user updates the payment method'),
    upgrade_url: bodyLink('Where the user changes plan'),
    support_url: bodyLink('Where the user contacts support'),
    docs_url: bodyLink('Documentation of this problem'),
  }),
  'An HTTP 402 Payment Required problem (RFC 9457) as react-payment-required emits and parses it.',
);

/** The body `paymentRequiredProblem` returns and `paymentRequiredResponse` sends. */
export type PaymentRequiredProblemBody = z.output<typeof paymentRequiredProblemSchema>;
