import * as z from 'zod/mini';
import { htmlTitle, isHtml } from '../text';
import { base64Json } from '../parse/decode';
import type { FormatReader } from '../parse/draft';
import { amount, list, maybe, num, read, text } from '../parse/lenient';

/** x402 PaymentRequirements (v1 `maxAmountRequired`/`resource`, v2 `amount`); non-strict. */
export const x402RequirementSchema = z.object({
  scheme: text,
  network: text,
  maxAmountRequired: amount,
  amount,
  asset: text,
  payTo: text,
  resource: text,
  description: text,
  maxTimeoutSeconds: num,
  extra: maybe(z.object({ name: text, decimals: num })),
});

/** x402 PaymentRequired (v1 body, v2 `PAYMENT-REQUIRED` header or body); non-strict. */
export const x402PaymentRequiredSchema = z.object({
  x402Version: num,
  error: z.optional(z.unknown()),
  accepts: list,
  resource: maybe(z.union([z.string(), z.object({ url: text, description: text })])),
  payer: text,
});

/** x402 settlement response (`PAYMENT-RESPONSE`, v1 `X-PAYMENT-RESPONSE`); non-strict. */
export const x402SettlementSchema = z.object({
  success: maybe(z.boolean()),
  errorReason: text,
  errorMessage: text,
  network: text,
});

// USDC (6 decimals) on Base, Base Sepolia and Solana: the amounts we can show with certainty.
const USDC = /^(0x833589fcd6edb6e08f4c7c32d4f71b54bda02913|0x036cbd53842c5426634e7929541ec2318f3dcf7e|epjfwdd5aufqssqem2qn1xzybapc8g4weggkzwytdt1v)$/i;

/** An atomic amount ("10000") in units of 10^-decimals ("0.01"); string math, no float error. */
export function formatUnits(atomic: string, decimals: number): string | undefined {
  if (!/^\d{1,60}$/.test(atomic) || !Number.isInteger(decimals) || decimals < 0 || decimals > 36) return undefined;
  const s = atomic.replace(/^0+(?=\d)/, '').padStart(decimals + 1, '0');
  const frac = s.slice(s.length - decimals).replace(/0+$/, '');
  return s.slice(0, s.length - decimals) + (frac ? `.${frac}` : '');
}

/**
 * x402 (coinbase/x402): requirements in a v1 body (`x402Version: 1`, or just `accepts[]` with
 * `payTo`/`maxAmountRequired`), a v2 base64 `PAYMENT-REQUIRED` header or v2 body; a failed
 * settlement in `PAYMENT-RESPONSE`; the HTML paywall served to browsers.
 */
export const readX402: FormatReader = (ctx) => {
  const header = base64Json(ctx.header('payment-required'));
  const settleV2 = ctx.header('payment-response');
  const settle = read(x402SettlementSchema, base64Json(settleV2 ?? ctx.header('x-payment-response')));
  const body = read(x402PaymentRequiredSchema, ctx.data);
  const isBody =
    body &&
    (body.x402Version !== undefined ||
      body.accepts?.some((a) => {
        const r = read(x402RequirementSchema, a);
        return r?.payTo !== undefined || r?.maxAmountRequired !== undefined;
      }));
  const fromHeader = read(x402PaymentRequiredSchema, header);
  const req = fromHeader ?? (isBody ? body : undefined);
  const paywall = !!ctx.text && isHtml(ctx.text) && /\bx402\b/i.test(ctx.text);
  const failedSettle = settle?.success === false;
  if (!req && !failedSettle && !paywall) return undefined;

  const accepts = req?.accepts ?? [];
  const opt = read(x402RequirementSchema, accepts[0]);
  const version =
    req?.x402Version ?? (fromHeader ? 2 : req ? (opt?.maxAmountRequired ? 1 : undefined) : settle ? (settleV2 ? 2 : 1) : undefined);
  const error = req?.error;
  // A v1 server answers a rejected payment with the facilitator's reason (`insufficient_funds`,
  // `invalid_…`), a serialized Error (`{}`) or the payer; "… header is required" asks for one.
  const failed =
    failedSettle ||
    req?.payer !== undefined ||
    (typeof error === 'object' && error !== null) ||
    (typeof error === 'string' && !!error.trim() && !/required|missing/i.test(error));
  const atomic = opt?.maxAmountRequired ?? opt?.amount;
  const name = opt?.extra?.name;
  const usdc = /^usd ?c(oin)?$/i.test(name ?? '') || USDC.test(opt?.asset ?? '');
  const decimals = opt?.extra?.decimals ?? (usdc ? 6 : undefined);
  const resource = req?.resource;
  const secs = opt?.maxTimeoutSeconds;
  return {
    format: 'x402',
    complete: paywall || (!!req && req === body),
    reason: failed ? 'payment_failed' : 'micropayment_required',
    message: settle?.errorMessage ?? settle?.errorReason ?? (typeof error === 'string' ? error : undefined) ?? (paywall ? htmlTitle(ctx.text!) : undefined),
    code: settle?.errorReason ?? (typeof error === 'string' && /^[\w.-]+$/.test(error) ? error : undefined),
    micropayment: {
      protocol: 'x402',
      version,
      amount: atomic,
      displayAmount: atomic && decimals !== undefined ? formatUnits(atomic, decimals) : undefined,
      currency: usdc ? 'USDC' : name,
      asset: opt?.asset,
      network: opt?.network ?? settle?.network,
      scheme: opt?.scheme,
      payTo: opt?.payTo,
      resource: opt?.resource ?? (typeof resource === 'string' ? resource : resource?.url),
      description: opt?.description ?? (typeof resource === 'object' ? resource.description : undefined),
      expiresAt: secs !== undefined && secs > 0 ? ctx.clock.now + secs * 1000 : undefined,
      paymentHeader: version === 2 ? 'PAYMENT-SIGNATURE' : version === 1 ? 'X-PAYMENT' : undefined,
      options: accepts,
    },
  };
};
