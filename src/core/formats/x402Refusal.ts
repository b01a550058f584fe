import { isHtml, words } from '../text';
import { entries, isObject, own, type FormatReader } from '../parse/draft';

// The verify/settle vocabulary of an x402 facilitator, in prose or as its reason codes: a signed
// payment was checked and refused ("Payment verification failed", "Settlement failed",
// `unexpected_verify_error`, `expired_signature`), or matched none of the offered requirements.
// Card processors say "card"/"payment method" instead (their "… verification failed" stays a card problem).
export const FACILITATOR_REFUSAL =
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
