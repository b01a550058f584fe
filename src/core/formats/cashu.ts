import { base64Json } from '../parse/decode';
import { entries, isObject, own, str, type FormatReader } from '../parse/draft';
import { cashuSigns } from './perRequestSigns';

// A NUT-18 payment request is encoded as `creqA` + base64 (CBOR); anything else in the header says nothing.
const PAYMENT_REQUEST = /^\s*creq[A-Z]/;

/**
 * Cashu ecash (NUT-24): a 402 with `X-Cashu: creqA…` (a NUT-18 payment request; the paid retry
 * sends a token in the same header); also a body whose `accepts` (a list, or an object keyed by
 * method) offers an option named `cashu` or one that names its `mint`.
 */
export const readCashu: FormatReader = (ctx) => {
  if (!cashuSigns(ctx)) return undefined;
  const request = ctx.header('x-cashu');
  const accepts = own(ctx.data, 'accepts');
  const offer = entries(accepts, 16).find(([k, v]) => isObject(v) && (/^cashu$/i.test(k) || own(v, 'mint') !== undefined))?.[1];
  // Some servers send the request as plain base64 JSON (`{ a, u, m: [mints] }`) instead of NUT-18's CBOR.
  const json = PAYMENT_REQUEST.test(request ?? '') ? undefined : base64Json(request);
  const plain = Array.isArray(own(json, 'm')) && own(json, 'u') !== undefined ? json : undefined;
  if (!PAYMENT_REQUEST.test(request ?? '') && !offer && !plain) return undefined;
  const raw = own(offer, 'amount') ?? own(plain, 'a');
  const amount = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : typeof raw === 'string' && /^\d{1,30}$/.test(raw) ? raw : undefined;
  const unit = str(offer, 'unit') ?? str(plain, 'u');
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
