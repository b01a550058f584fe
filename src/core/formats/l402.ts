import { authChallenge } from '../authChallenge';
import { entries, str, type FormatReader } from '../parse/draft';

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
 * L402 / LSAT: `WWW-Authenticate: L402 macaroon="…", invoice="lnbc…"` (Lightning); also a BOLT11
 * invoice in the body (`{ invoice | payment_request | pr: "lnbc…", macaroon }`) without the header.
 */
export const readL402: FormatReader = (ctx) => {
  const c = authChallenge(ctx.header('www-authenticate'), /L402|LSAT/);
  const bolt11 = entries(ctx.data).find(([, v]) => typeof v === 'string' && /^ln(?:bc|tb|bcrt)\d*[munp]?1\w{20,}$/i.test(v))?.[1];
  if (!c && typeof bolt11 !== 'string') return undefined;
  const invoice = c ? c.params.get('invoice') : (bolt11 as string);
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
