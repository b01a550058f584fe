import * as z from 'zod/mini';
import { htmlTitle, isHtml, words } from '../text';
import { CRYPTO, x402Said, x402Signs } from './perRequestSigns';
import { FACILITATOR_REFUSAL } from './x402Refusal';
import { base64Json } from '../parse/decode';
import { entries, isObject, own, type FormatReader } from '../parse/draft';
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

type X402Body = z.infer<typeof x402PaymentRequiredSchema>;

// Requirements as a v1/v2 body, or just `accepts[]` whose entries name a payee, an amount, an asset or a network.
const requirements = (value: unknown): X402Body | undefined => {
  const body = read(x402PaymentRequiredSchema, value);
  return body &&
    (body.x402Version !== undefined ||
      body.accepts?.some((a) => {
        const r = read(x402RequirementSchema, a);
        return (r?.payTo ?? r?.maxAmountRequired ?? r?.asset ?? r?.network) !== undefined;
      }))
    ? body
    : undefined;
};

const REFUSED = /insufficient|fail|refus|reject|declin|invalid|expired|mismatch|malformed|(?:could not|unable to|cannot) (?:be )?(?:decod|pars|verif)/i;

/**
 * x402 (coinbase/x402): requirements in a v1 body (`x402Version: 1`, or just `accepts[]` with
 * `payTo`/`maxAmountRequired`), also nested one level down in an app's error (`{ error, x402: {…} }`)
 * or flat with snake_case (`x402_version`); a v2 base64 `PAYMENT-REQUIRED` header (cut short, it still
 * marks x402); a failed settlement in `PAYMENT-RESPONSE`; the HTML paywall served
 * to browsers; a bare body that names a stablecoin ("Wallet has insufficient USDC").
 */
export const readX402: FormatReader = (ctx) => {
  if (!x402Signs(ctx)) return undefined;
  const rawHeader = ctx.header('payment-required');
  const header = base64Json(rawHeader);
  // Base64 of a JSON object (`{"` → `eyJ`) cut short still says x402 v2; other junk says nothing.
  const headerMarks = header === undefined && /^\s*e[wy]/.test(rawHeader ?? '');
  const settleV2 = ctx.header('payment-response');
  const settle = read(x402SettlementSchema, base64Json(settleV2 ?? ctx.header('x-payment-response')));
  const top = requirements(ctx.data);
  let body = top;
  for (const [key, v] of top ? [] : entries(ctx.data)) {
    if (isObject(v) && (own(v, 'x402Version') !== undefined || own(v, 'accepts') !== undefined)) body ??= requirements(v);
    // `{ x402_version: 2, scheme, network, pay_to, price }`: the body is its own single option. A
    // version of the wrong type still says x402: a malformed challenge stays a per-request payment.
    // Forks name their own version key (`h402Version`) around x402's `accepts[]`.
    if (/^[a-z]402_?version$/i.test(key)) {
      const accepts = own(ctx.data, 'accepts');
      body ??= {
        ...read(x402PaymentRequiredSchema, ctx.data),
        x402Version: typeof v === 'number' ? v : undefined,
        accepts: Array.isArray(accepts) ? accepts : [ctx.data],
      };
    }
  }
  const said = x402Said(ctx);
  // A balance figure beside the stablecoin (`currentBalanceCents=10`, "Deposit USDC"): a prepaid
  // account to refill, not a per-request payment.
  const mention = !body && CRYPTO.test(said) && !/balance\w*=\d/i.test(said);
  const fromHeader = read(x402PaymentRequiredSchema, header);
  const req = fromHeader ?? body;
  const paywall = !!ctx.text && isHtml(ctx.text) && /\bx402\b/i.test(ctx.text);
  const failedSettle = settle?.success === false;
  if (!req && !failedSettle && !paywall && !headerMarks && !mention) return undefined;

  const accepts = req?.accepts ?? [];
  const opt = read(x402RequirementSchema, accepts[0]);
  const version =
    req?.x402Version ?? (fromHeader || headerMarks ? 2 : req ? (opt?.maxAmountRequired ? 1 : undefined) : settle ? (settleV2 ? 2 : 1) : undefined);
  const error = req?.error;
  // A v1 server answers a rejected payment with the facilitator's reason (`insufficient_funds`,
  // `invalid_…`), a serialized Error (`{}`), or an error beside the payer; "… header is required",
  // "No payment provided", "payment header missing" ask for one, unless the facilitator's words say
  // the payment sent was refused ("No matching payment requirements") or what is missing is an
  // allowance for it (`permit2_allowance_required`). A payer alone (an extra field of a home-made server) refuses nothing.
  const failed =
    failedSettle ||
    (mention && REFUSED.test(said.replace(/ [\w-]+=/g, ' '))) ||
    (req?.payer !== undefined && req.error !== undefined) ||
    (typeof error === 'object' && error !== null) ||
    (typeof error === 'string' &&
      !!error.trim() &&
      (FACILITATOR_REFUSAL.test(` ${words(error)} `) || /allowance/i.test(error) || !/required|missing|needed|\bno\b|not (?:provided|present|found)/i.test(error)));
  const atomic = opt?.maxAmountRequired ?? opt?.amount;
  const name = opt?.extra?.name;
  const usdc = /^usd ?c(oin)?$/i.test(name ?? '') || USDC.test(opt?.asset ?? '');
  const decimals = opt?.extra?.decimals ?? (usdc ? 6 : undefined);
  const resource = req?.resource;
  const secs = opt?.maxTimeoutSeconds;
  return {
    format: 'x402',
    complete: paywall || (!!req && req === top),
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
