import * as z from 'zod/mini';
import { authChallenge } from '../authChallenge';
import { base64Json } from '../parse/decode';
import { str, type FormatReader } from '../parse/draft';
import { amount, read, text } from '../parse/lenient';
import { toEpochMs } from '../time';
import { paymentAuthSigns } from './perRequestSigns';

/** The decoded `request` auth-param of a `Payment` challenge; non-strict. */
export const paymentAuthRequestSchema = z.object({ amount, currency: text, recipient: text, description: text });

/**
 * The IETF "Payment" HTTP authentication scheme (draft-httpauth-payment):
 * `WWW-Authenticate: Payment id, realm, method, intent, request=<base64url JSON>, expires`, with
 * problem types under `https://paymentauth.org/problems/`: a lapsed challenge comes with a fresh one
 * (pay again), `rate-limited` asks to wait, a network or server fault says no cause, the rest mean a payment was tried and
 * failed (verification-failed, insufficient-balance, amount-mismatch, settlement-failed…). Also
 * MPP's own scheme name with the request in plain params (`MPP amount="0.10", recipient=…`), and
 * any other scheme whose challenge names an amount (`h402 amount="0.00001", currency="BTC"`): a
 * price in a challenge is a per-request payment whatever the scheme is called.
 */
export const readPaymentAuth: FormatReader = (ctx) => {
  if (!paymentAuthSigns(ctx)) return undefined;
  // Some servers also echo the challenge in their JSON body (`"www_authenticate": "Payment …"`), or
  // only there when a proxy strips the header.
  const header = ctx.header('www-authenticate') ?? str(ctx.data, 'www_authenticate') ?? str(ctx.data, 'wwwAuthenticate');
  const other = authChallenge(header, /[a-z][\w-]*/);
  const c = authChallenge(header, /Payment|MPP/) ?? (other?.params.has('amount') ? other : undefined);
  const type = str(ctx.data, 'type');
  const problem = type && /^https:\/\/paymentauth\.org\/problems\/([\w-]+)/.exec(type)?.[1];
  if (!c && !problem) return undefined;
  const p = c?.params;
  const raw = base64Json(p?.get('request'));
  const req = read(paymentAuthRequestSchema, raw);
  return {
    format: 'payment-auth',
    reason:
      !problem || /^(?:payment-required|expired-challenge|challenge-expired)$/.test(problem)
        ? 'micropayment_required'
        : /rate-limit|too-many/.test(problem)
          ? 'quota_exceeded'
          : // The payment network or the server failed: nothing to pay or fix.
            /network|unavailable|internal|server/.test(problem)
            ? 'unknown'
            : 'payment_failed',
    micropayment: {
      protocol: 'payment-auth',
      amount: req?.amount ?? p?.get('amount'),
      currency: req?.currency ?? p?.get('currency'),
      network: p?.get('network'),
      payTo: req?.recipient ?? p?.get('recipient'),
      description: req?.description,
      scheme: p?.get('method'),
      resource: ctx.url,
      expiresAt: toEpochMs(p?.get('expires'), ctx.clock),
      paymentHeader: 'Authorization',
      options: p
        ? [{ id: p.get('id'), realm: p.get('realm'), method: p.get('method'), intent: p.get('intent'), expires: p.get('expires'), request: raw }]
        : [],
    },
  };
};
