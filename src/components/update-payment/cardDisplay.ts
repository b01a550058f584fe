import type { PaymentMethodSummary } from '../../core/types';

// A Map, not an object literal: the brand is server text, and `BRAND_NAMES['__proto__']` on a
// plain object is `Object.prototype` (which React cannot render: the whole app unmounts).
const BRAND_NAMES: ReadonlyMap<string, string> = new Map([
  ['visa', 'Visa'],
  ['mastercard', 'Mastercard'],
  ['amex', 'American Express'],
  ['american_express', 'American Express'],
  ['discover', 'Discover'],
  ['diners', 'Diners Club'],
  ['diners_club', 'Diners Club'],
  ['jcb', 'JCB'],
  ['unionpay', 'UnionPay'],
  ['cartes_bancaires', 'Cartes Bancaires'],
  ['eftpos_au', 'eftpos'],
  ['interac', 'Interac'],
  ['link', 'Link'],
  ['sepa_debit', 'SEPA Direct Debit'],
  ['paypal', 'PayPal'],
]);

/** What the UI shows of a payment method: display values checked and trimmed. */
export interface CardDisplay {
  brand?: string;
  /** The last four digits only, or absent. */
  last4?: string;
  /** Expiry as epoch ms of the first day of the month after it (when the card stops working). */
  expiresAt?: number;
  /** Epoch ms of the first day of the expiry month, for formatting. */
  expiryMonth?: number;
}

/** A brand as people write it (`amex` → `American Express`), or the server's word with its first letter capitalised. */
export function brandName(brand: unknown): string | undefined {
  // The summary's type says string, but an incident can be built by hand or by a custom format.
  const raw = typeof brand === 'string' ? brand.trim().slice(0, 40) : undefined;
  if (!raw) return undefined;
  const known = BRAND_NAMES.get(raw.toLowerCase().replace(/[\s-]/g, '_'));
  return known ?? raw.charAt(0).toUpperCase() + raw.slice(1);
}

/** Checks and normalises a server's payment method summary for display (never more than the last 4 digits). */
export function toCardDisplay(method: PaymentMethodSummary): CardDisplay {
  const digits = String(method.last4 ?? '').replace(/\D/g, '');
  const month = Number(method.expMonth);
  let year = Number(method.expYear);
  if (year >= 0 && year < 100) year += 2000;
  const hasExpiry = Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(year) && year >= 2000 && year < 2200;
  return {
    brand: brandName(method.brand),
    last4: digits.length >= 4 ? digits.slice(-4) : undefined,
    expiresAt: hasExpiry ? Date.UTC(year, month, 1) : undefined,
    expiryMonth: hasExpiry ? Date.UTC(year, month - 1, 1) : undefined,
  };
}
