import { authChallenge } from '../authChallenge';
import { str, type FormatReader } from '../parse/draft';
import { BOLT11, BOLT11_IN_TEXT, findInvoice } from './lightningInvoice';
import { l402Signs } from './perRequestSigns';

// Millisatoshis per unit of a BOLT11 amount multiplier (1 BTC = 1e11 msat); pico is a tenth.
const MSAT: Record<string, number> = { '': 1e11, m: 1e8, u: 1e5, n: 100 };

/** Satoshis asked by a BOLT11 invoice, from its human-readable part (`lnbc1500n…` → "150"). */
export function invoiceSats(invoice: string): string | undefined {
  const hrp = invoice.slice(0, Math.max(0, invoice.lastIndexOf('1'))).toLowerCase();
  const m = /^ln[a-z]+?(\d{1,15})([munp]?)$/.exec(hrp);
  const n = Number(m?.[1]);
  const msat = m?.[2] === 'p' ? n / 10 : n * (MSAT[m?.[2] ?? ''] ?? NaN);
  // A pico amount that is not a whole millisatoshi is an invalid invoice.
  return Number.isInteger(msat) && msat > 0 ? String(msat / 1000) : undefined;
}

/**
 * L402 / LSAT: `WWW-Authenticate: L402 macaroon="…", invoice="lnbc…"` (Lightning), or any other
 * challenge scheme whose `invoice` is a BOLT11 invoice; also a BOLT11 invoice in the body
 * (`{ invoice | payment_request | pr: "lnbc…", macaroon }`, one level down too, or in plain text)
 * without the header: only a Lightning payment is asked for that way.
 */
export const readL402: FormatReader = (ctx) => {
  if (!l402Signs(ctx)) return undefined;
  const header = ctx.header('www-authenticate');
  const named = authChallenge(header, /L402|LSAT/);
  const other = named ? undefined : authChallenge(header, /[\w-]+/);
  const c = named ?? (other && BOLT11.test(other.params.get('invoice') ?? '') ? other : undefined);
  // BUD-07 and others put the invoice in a header of its own.
  const inHeader = ['x-lightning', 'x-lightning-invoice', 'lightning-invoice'].map((name) => BOLT11.exec(ctx.header(name) ?? '')?.[1]).find(Boolean);
  const bolt11 = inHeader ?? findInvoice(ctx.data) ?? (typeof ctx.text === 'string' && ctx.data === undefined ? BOLT11_IN_TEXT.exec(ctx.text.slice(0, 4096))?.[1] : undefined);
  if (!c && !bolt11) return undefined;
  const invoice = c ? c.params.get('invoice')?.replace(/^lightning:/i, '') : bolt11;
  const scheme = c ? c.scheme.toUpperCase() : 'L402';
  const sats = invoice ? invoiceSats(invoice) : undefined;
  return {
    format: 'l402',
    reason: 'micropayment_required',
    micropayment: {
      protocol: 'l402',
      amount: sats,
      displayAmount: sats && `${sats} sats`,
      currency: 'BTC',
      scheme,
      resource: ctx.url,
      paymentHeader: 'Authorization',
      // What the app needs to pay and to build `Authorization: L402 <macaroon>:<preimage>`.
      options: [{ scheme, macaroon: c ? c.params.get('macaroon') : str(ctx.data, 'macaroon'), invoice }],
    },
  };
};
