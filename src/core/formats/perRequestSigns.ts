import { entries, isObject, own, str, type ParseContext } from '../parse/draft';
import { isHtml } from '../text';
import { findInvoice, BOLT11_IN_TEXT } from './lightningInvoice';
import { readX402Refusal } from './x402Refusal';

// Each per-request payment reader (x402, L402, Payment, pay-per-crawl, Cashu, the `other` schemes)
// starts with its sign below and reads nothing without it, so a response that shows none of them
// is one no protocol reader reads. The client parses such a response without requesting the
// readers' chunk (card, plan and quota 402s almost never show a sign); the signs are the cheap part
// of each reader's test.

// Home-made servers that name no version: a stablecoin, a facilitator, x402 itself or a chain
// family in the text (also inside a facilitator's reason: `invalid_exact_evm_payload_signature`),
// a chain as the network, a wallet address, or a key only a chain payment has (`chainId`, `payTo`,
// an amount in wei or lamports).
export const CRYPTO =
  /(?:\b|_)(?:x402|usdc|usdt|eurc|stablecoins?|on-?chain|facilitator|evm|svm)(?:\b|_)|\bx-payment\b|\bpayment-signature\b|\b(?:network|chain)=(?:eip155:|solana|base\b|polygon|avalanche|ethereum|arbitrum|optimism|hedera|lightning|bitcoin)|=0x[\da-f]{40}\b|\b(?:chain_?id|pay_?to|amount_?(?:wei|lamports))=/i;

// `key=value` pairs of the body and the objects in it; bounded (an already-decoded body may hold
// megabytes of strings).
const pairs = (o: unknown, deeper: boolean): string =>
  entries(o, deeper ? 32 : 16)
    .map(([k, v]) =>
      typeof v === 'string' || typeof v === 'number' ? ` ${k.slice(0, 40)}=${String(v).slice(0, 200)}` : deeper && isObject(v) ? pairs(v, false) : '',
    )
    .join('');

/** What a body says, for x402's home-made servers: its `key=value` pairs, or its plain text. */
export const x402Said = (ctx: ParseContext): string =>
  pairs(ctx.data, true) || (ctx.data === undefined && ctx.text && !isHtml(ctx.text) ? ctx.text.slice(0, 2000) : '');

// "… include it in your request in the skyfire-pay-id header", "send it in the X-Webcash-Secret header".
export const HEADER_IN_TEXT = /\b(?:in|via|with) the ([\w-]{2,60}) header\b/i;

const anyHeader = (ctx: ParseContext, names: string[]) => names.some((name) => ctx.header(name) !== undefined);

// A challenge that can ask for a payment: a Payment, MPP, L402 or LSAT scheme, or any scheme with an
// `amount` or `invoice` param. An API's `Bearer realm="api"` on an opted-in 401 is none.
const payingChallenge = (value: string | undefined): boolean =>
  value !== undefined && /(?:^|[\s,])(?:payment|mpp|l402|lsat)\s|\b(?:amount|invoice)\s*=/i.test(value);

// A property, inherited ones too (the schemas read those): a wider test than `own`.
const named = (o: unknown, key: string): boolean => {
  try {
    return isObject(o) && (o as Record<string, unknown>)[key] !== undefined;
  } catch {
    return false;
  }
};
const namesX402 = (o: unknown) => named(o, 'x402Version') || named(o, 'accepts');

/** x402: its headers, `x402Version`/`accepts` (or a fork's version key) at the top or one level down, the word, or chain vocabulary. */
export const x402Signs = (ctx: ParseContext): boolean =>
  anyHeader(ctx, ['payment-required', 'payment-response', 'x-payment-response']) ||
  namesX402(ctx.data) ||
  entries(ctx.data).some(([key, v]) => /^[a-z]402_?version$/i.test(key) || namesX402(v)) ||
  (!!ctx.text && /x402/i.test(ctx.text)) ||
  CRYPTO.test(x402Said(ctx));

/** L402: a challenge header or an invoice header, or a BOLT11 invoice in the body. */
export const l402Signs = (ctx: ParseContext): boolean =>
  payingChallenge(ctx.header('www-authenticate')) ||
  anyHeader(ctx, ['x-lightning', 'x-lightning-invoice', 'lightning-invoice']) ||
  findInvoice(ctx.data) !== undefined ||
  (typeof ctx.text === 'string' && ctx.data === undefined && BOLT11_IN_TEXT.test(ctx.text.slice(0, 4096)));

/** The Payment scheme: a challenge, in the header or echoed in the body, or one of its problem types. */
export const paymentAuthSigns = (ctx: ParseContext): boolean =>
  payingChallenge(ctx.header('www-authenticate') ?? str(ctx.data, 'www_authenticate') ?? str(ctx.data, 'wwwAuthenticate')) ||
  /^https:\/\/paymentauth\.org\/problems\//.test(str(ctx.data, 'type') ?? '');

/** Cloudflare pay-per-crawl: its headers. */
export const payPerCrawlSigns = (ctx: ParseContext): boolean => anyHeader(ctx, ['crawler-price', 'crawler-error']);

/** Cashu: its header, or offers in `accepts`. */
export const cashuSigns = (ctx: ParseContext): boolean => ctx.header('x-cashu') !== undefined || own(ctx.data, 'accepts') !== undefined;

/** Other schemes, on a 402: a challenge header, a price field, a header named in prose, or a wallet payment URI. */
export const otherMicropaymentSigns = (ctx: ParseContext): boolean =>
  ctx.status === 402 &&
  (anyHeader(ctx, ['x-payment-required', 'pay']) ||
    ['required_amount', 'requiredAmount', 'amount_required'].some((key) => own(ctx.data, key) !== undefined) ||
    (ctx.data === undefined && !!ctx.text && HEADER_IN_TEXT.test(ctx.text.slice(0, 2000))) ||
    entries(ctx.data, 16).some(([, v]) => typeof v === 'string' && /^(?:bitcoin|ethereum|solana):/i.test(v)));

/**
 * True when a protocol reader might read this response: only then must the client load them. A
 * bare x402 refusal is read here in full (it is small), so the test is exact for it.
 */
export const mayAskPerRequestPayment = (ctx: ParseContext): boolean =>
  x402Signs(ctx) ||
  l402Signs(ctx) ||
  paymentAuthSigns(ctx) ||
  payPerCrawlSigns(ctx) ||
  cashuSigns(ctx) ||
  otherMicropaymentSigns(ctx) ||
  readX402Refusal(ctx) !== undefined;
