import { readAuthParams } from '../authParams';
import { entries, own, str, type FormatReader } from '../parse/draft';
import { isHtml } from '../text';
import { otherMicropaymentSigns, HEADER_IN_TEXT } from './perRequestSigns';

// "The required amount is 0.01 USD", "price: 3 sats".
const PRICE_IN_TEXT = /\b(?:required amount|amount required|price)\b(?: is|:)?\s*(\d+(?:\.\d+)?)\s*([a-z]{2,10})?\b/i;
const AMOUNT = /^\d{1,30}(?:\.\d{1,18})?$/;
// A wallet payment URI (BIP 21 `bitcoin:`, EIP-681 `ethereum:`, Solana Pay `solana:`): a payment to make now.
const PAYMENT_URI = /^(?:bitcoin|ethereum|solana):[\w.-]{20,}(?:[@/?][^\s]*)?$/i;

const amountOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? String(v) : typeof v === 'string' && AMOUNT.test(v.trim()) ? v.trim() : undefined);

/**
 * A per-request payment in a scheme the library has no reader for (e-cash bearer tokens, agent pay
 * tokens, the HTTP-Payments draft), recognised by what every such scheme states and a card or plan
 * problem never does: an `X-Payment-Required` or `Pay` challenge header; a body that is nothing but
 * a price (`{ required_amount, currency }`, no message); a wallet payment URI in the body
 * (`solana:…?amount=0.05`, `bitcoin:`, `ethereum:`); or prose that names both the header to pay in
 * and the amount. Read after the known protocols, so they keep their richer details. The incident
 * carries `protocol: 'other'`, the price and the header when stated, and the raw challenge
 * in `options`, so the micropayment prompt (never the card modal) opens and `onPay` can act on it.
 */
export const readOtherMicropayment: FormatReader = (ctx) => {
  if (!otherMicropaymentSigns(ctx)) return undefined;
  const challenge = ctx.header('x-payment-required') ?? ctx.header('pay');
  const data = ctx.data;
  const fields = entries(data, 16);
  const bodyAmount = amountOf(own(data, 'required_amount') ?? own(data, 'requiredAmount') ?? own(data, 'amount_required'));
  const priceOnly =
    fields.length > 0 &&
    fields.every(([k]) => !/^(?:message|msg|error|errors|detail|title|code|type|reason)$/i.test(k)) &&
    bodyAmount !== undefined &&
    str(data, 'currency') !== undefined;
  const text = data === undefined && ctx.text && !isHtml(ctx.text) ? ctx.text.slice(0, 2000) : undefined;
  const header = text ? HEADER_IN_TEXT.exec(text)?.[1] : undefined;
  const price = text ? PRICE_IN_TEXT.exec(text) : null;
  const uri = fields.find(([, v]) => typeof v === 'string' && PAYMENT_URI.test(v))?.[1] as string | undefined;
  if (!challenge && !priceOnly && !(header && price) && !uri) return undefined;
  const uriAmount = uri ? /[?&]amount=([\d.]{1,40})/.exec(uri)?.[1] : undefined;

  // `webcash; amount="0.3"` (a scheme and auth-params) or `<method URI> <amount> <payee> <nonce>` (HTTP-Payments).
  const [scheme, ...rest] = (challenge ?? '').trim().split(/[;\s]+/);
  const params = challenge ? readAuthParams(challenge.slice(challenge.indexOf(';') + 1)) : undefined;
  const amount =
    amountOf(params?.get('amount')) ??
    (challenge && !challenge.includes('=') ? amountOf(rest[0]) : undefined) ??
    bodyAmount ??
    amountOf(price?.[1]) ??
    amountOf(uriAmount);
  const currency = str(data, 'currency') ?? price?.[2]?.toUpperCase() ?? (challenge && !/^https?:/i.test(scheme ?? '') ? scheme : undefined);
  const network = uri?.slice(0, uri.indexOf(':')).toLowerCase();
  return {
    format: data !== undefined ? 'json' : 'text',
    reason: 'micropayment_required',
    micropayment: {
      protocol: 'other',
      amount,
      // The prompt formats it with the currency (an ISO code through Intl, a token name after it).
      displayAmount: amount,
      currency,
      scheme: scheme || undefined,
      network,
      resource: ctx.url,
      paymentHeader: header,
      options: [challenge ? { challenge } : uri ? { uri } : priceOnly ? data : { text }],
    },
  };
};
