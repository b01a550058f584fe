import { classify } from '../parse/classify';
import { collect } from '../parse/collect';
import { entries, isRecord, own, str, type FormatReader } from '../parse/draft';

/** One GraphQL error (`{ message, extensions: { code } }`): its message, and its code when it has one. */
const graphqlError = (e: unknown) => {
  const message = str(e, 'message');
  return isRecord(e) && message !== undefined ? { message, code: str(own(e, 'extensions'), 'code') } : undefined;
};

const BILLING_CODE = /PAYMENT|SUBSCRI|PLAN|BILLING|QUOTA|CREDIT|UPGRADE|INSUFFICIENT|LIMIT|BALANCE/i;

/**
 * GraphQL responses (`{ errors: [{ message, extensions: { code } }] }`). On a 2xx (Apollo answers
 * resolver errors with 200) only a billing signal in the errors makes it a payment problem.
 * A bare `PAYMENT_REQUIRED`/`SUBSCRIPTION_REQUIRED` code gates on an account subscription.
 */
export const readGraphql: FormatReader = (ctx) => {
  const errs = own(ctx.data, 'errors');
  if (!Array.isArray(errs)) return undefined;
  const parsed = entries(errs, 20).map(([, e]) => graphqlError(e));
  if (!parsed.length || !parsed.every(Boolean)) return undefined;
  const codes = parsed.map((e) => e?.code ?? '');
  const billing = codes.find((c) => BILLING_CODE.test(c));
  if (ctx.status < 300 && !billing && !classify(codes, parsed.map((e) => e?.message ?? ''))) return undefined;
  return {
    ...collect([errs], ctx.clock),
    format: 'graphql',
    fallback: billing && /PAYMENT|SUBSCRI/i.test(billing) ? 'subscription_inactive' : undefined,
  };
};
