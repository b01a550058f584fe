import { entries, isObject, own, str, type FormatReader } from '../parse/draft';

// A NUT-18 payment request is encoded as `creqA` + base64 (CBOR); anything else in the header says nothing.
const PAYMENT_REQUEST = /^\s*creq[A-Z]/;

/**
 * Cashu ecash (NUT-24): a 402 with `X-Cashu: creqA…` (a NUT-18 payment request; the paid retry
 * sends a token in the same header); also a body whose `accepts` (a list, or an object keyed by
 * method) offers an option named `cashu` or one that names its `mint`.
 */
export const readCashu: FormatReader = (ctx) => {
  const request = ctx.header('x-cashu');
  const accepts = own(ctx.data, 'accepts');
  const offer = entries(accepts, 16).find(([k, v]) => isObject(v) && (/^cashu$/i.test(k) || own(v, 'mint') !== undefined))?.[1];
  if (!PAYMENT_REQUEST.test(request ?? '') && !offer) return undefined;
  const raw = own(offer, 'amount');
  const amount = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : typeof raw === 'string' && /^\d{1,30}$/.test(raw) ? raw : undefined;
  const unit = str(offer, 'unit');
  return {
    format: 'cashu',
    reason: 'micropayment_required',
    micropayment: {
      protocol: 'cashu',
      amount,
      displayAmount: amount && unit ? `${amount} ${unit}` : amount,
      currency: unit,
      resource: ctx.url,
      paymentHeader: 'X-Cashu',
      options: offer ? [offer] : [{ request: request?.trim() }],
    },
  };
};
