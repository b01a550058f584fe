import { entries } from '../parse/draft';

// A BOLT11 Lightning invoice, as a whole value (`lnbc1500n1…`, with or without `lightning:`).
export const BOLT11 = /^(?:lightning:)?(ln(?:bc|tb|bcrt)\d*[munp]?1\w{20,})$/i;
// The same inside prose ("Pay this invoice: lnbc1500n1…").
export const BOLT11_IN_TEXT = /\b(ln(?:bc|tb|bcrt)\d*[munp]?1[02-9ac-hj-np-z]{20,})\b/i;

/** The first BOLT11 invoice among the values of `data` and of the objects in it (one level down). */
export function findInvoice(data: unknown, deeper = true): string | undefined {
  for (const [, v] of entries(data, 32)) {
    const found = typeof v === 'string' ? BOLT11.exec(v)?.[1] : deeper ? findInvoice(v, false) : undefined;
    if (found) return found;
  }
  return undefined;
}
