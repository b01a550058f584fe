import * as z from 'zod/mini';
import { htmlTitle, isHtml, words } from '../text';
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

// Home-made servers that name no version: a stablecoin, a facilitator, x402 itself or a chain
// family in the text (also inside a facilitator's reason: `invalid_exact_evm_payload_signature`),
// a chain as the network, a wallet address, or a key only a chain payment has (`chainId`, `payTo`,
// an amount in wei or lamports).
const CRYPTO =
  /(?:\b|_)(?:x402|usdc|usdt|eurc|stablecoins?|on-?chain|facilitator|evm|svm)(?:\b|_)|\bx-payment\b|\bpayment-signature\b|\b(?:network|chain)=(?:eip155:|solana|base\b|polygon|avalanche|ethereum|arbitrum|optimism|hedera|lightning|bitcoin)|=0x[\da-f]{40}\b|\b(?:chain_?id|pay_?to|amount_?(?:wei|lamports))=/i;
const REFUSED = /insufficient|fail|refus|reject|declin|invalid|expired|mismatch|malformed|(?:could not|unable to|cannot) (?:be )?(?:decod|pars|verif)/i;

/**
 * x402 (coinbase/x402): requirements in a v1 body (`x402Version: 1`, or just `accepts[]` with
 * `payTo`/`maxAmountRequired`), also nested one level down in an app's error (`{ error, x402: {…} }`)
 * or flat with snake_case (`x402_version`); a v2 base64 `PAYMENT-REQUIRED` header (cut short, it still
 * marks x402); a failed settlement in `PAYMENT-RESPONSE`; the HTML paywall served
 * to browsers; a bare body that names a stablecoin ("Wallet has insufficient USDC").
 */
export const readX402: FormatReader = (ctx) => {
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
  // `key=value` pairs of the body and the objects in it, for the home-made servers below; bounded
  // (an already-decoded body may hold megabytes of strings).
  const pairs = (o: unknown, deeper: boolean): string =>
    entries(o, deeper ? 32 : 16)
      .map(([k, v]) =>
        typeof v === 'string' || typeof v === 'number' ? ` ${k.slice(0, 40)}=${String(v).slice(0, 200)}` : deeper && isObject(v) ? pairs(v, false) : '',
      )
      .join('');
  // A plain-text body counts too ("x402 payment required: pay 0.01 USDC").
  const said = pairs(ctx.data, true) || (ctx.data === undefined && ctx.text && !isHtml(ctx.text) ? ctx.text.slice(0, 2000) : '');
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

// The verify/settle vocabulary of an x402 facilitator, in prose or as its reason codes: a signed
// payment was checked and refused ("Payment verification failed", "Settlement failed",
// `unexpected_verify_error`, `expired_signature`), or matched none of the offered requirements.
// Card processors say "card"/"payment method" instead (their "… verification failed" stays a card problem).
const FACILITATOR_REFUSAL =
  / payment (?:verification|settlement) failed | settlement failed | (?:failed to|could not|unable to) (?:verify|settle) (?:the )?payment | (?:no|unable to find) matching payment (?:requirements?|methods?|options?) | unexpected (?:verify|settle) error | invalid payment (?:requirements|payload) /;
// A bad signature or authorization window names no payment by itself (an API's request signing
// says the same on a 401): only a 402 makes it the signed payment's.
const SIGNATURE_REFUSAL = / (?:expired|invalid) signature | authorization validity /;

// x402's PaymentPayload holds `payload.signature` (EVM) or `payload.transaction` (Solana): a
// validation error that points there (`path: ["payload", "signature"]`) rejected a signed payment.
const PAYLOAD_PATH = /^(?:signature|transaction|authorization)$/;
function pointsAtPayload(value: unknown, depth = 0, budget = { left: 200 }): boolean {
  if (depth > 8 || --budget.left < 0) return false;
  const list = entries(value, 32);
  const follows = (i: string) => {
    const next = own(value, String(Number(i) + 1));
    return typeof next === 'string' && PAYLOAD_PATH.test(next);
  };
  if (Array.isArray(value) && list.some(([i, v]) => v === 'payload' && follows(i))) return true;
  return list.some(([, v]) => isObject(v) && pointsAtPayload(v, depth + 1, budget));
}

/**
 * A refused x402 payment that carries no requirements: the facilitator's verify/settle failure in
 * the body's words or codes, or a validation error about the signed payload. Read after the other
 * protocols (whose challenges say more), so such a refusal still opens the micropayment prompt.
 */
export const readX402Refusal: FormatReader = (ctx) => {
  // Keys and values of the body and of the objects in it (`error.message`), each cut short.
  const flat = (o: unknown, deeper: boolean): string =>
    entries(o, 32)
      .map(([k, v]) => ` ${k.slice(0, 40)} ${typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, 200) : deeper && isObject(v) ? flat(v, false) : ''}`)
      .join(' |');
  const said = words(ctx.data !== undefined ? flat(ctx.data, true) : ctx.text && !isHtml(ctx.text) ? ctx.text : '');
  if (!FACILITATOR_REFUSAL.test(said) && !(ctx.status === 402 && SIGNATURE_REFUSAL.test(said)) && !pointsAtPayload(ctx.data)) return undefined;
  return { format: 'x402', reason: 'payment_failed', micropayment: { protocol: 'x402', options: [] } };
};
