import type { MicropaymentRequest } from '../../core/types';
import type { DecimalString, MessageFormatter } from '../../messages/formatter';

const DECIMAL = /^\d{1,40}(\.\d{1,40})?$/;
const INTEGER = /^\d{1,80}$/;
// An amount that already names its unit: "150 sats", "$0.01", "0.5 USDC".
const WITH_UNIT = /^(?=[^\d]{0,20}\d)(?=.*[\p{L}\p{Sc}])[\p{L}\p{N}\p{Sc}\p{Zs}.,'’]{1,40}$/u;

/** A long address shortened for display: `0x2096…4F2c`. Short values are kept whole. */
export function abbreviateAddress(address: string | undefined): string | undefined {
  const value = address?.trim();
  if (!value) return undefined;
  return value.length > 14 ? `${value.slice(0, 6)}…${value.slice(-4)}` : value;
}

/**
 * What a micropayment costs, for display: the human amount with its currency or token
 * ("$0.01", "0.01 USDC"), a display amount that carries its own unit as is ("150 sats"), else
 * the raw amount in base units, else `undefined`.
 */
export function formatMicropaymentAmount(request: MicropaymentRequest, messages: MessageFormatter): string | undefined {
  const currency = request.currency?.trim().slice(0, 20) || undefined;
  const display = request.displayAmount?.trim();
  if (display && DECIMAL.test(display)) {
    const value = display as DecimalString;
    return currency ? messages.money(value, currency) : messages.number(value, { maximumFractionDigits: 20 });
  }
  if (display && WITH_UNIT.test(display)) return display;
  const amount = request.amount?.trim();
  if (amount && INTEGER.test(amount)) {
    return messages.t('micropayment.baseUnits', { amount, asset: currency ?? abbreviateAddress(request.asset) ?? '' });
  }
  return undefined;
}
