import { collect } from '../parse/collect';
import { entries, isObject, type FormatReader } from '../parse/draft';

/**
 * Any other JSON object or array: `{ error | code | reason | message | errors | err_code | err_msg
 * | detail | title | type | status }`, string or nested errors, plans, links and quota figures,
 * all read by the common walk.
 */
export const readCommonJson: FormatReader = (ctx) =>
  isObject(ctx.data) ? { ...collect([ctx.data], ctx.clock), format: 'json' } : undefined;

/**
 * Whether a JSON body sent with a 2xx reports a failure, so it may be read as an error: `ok: false`,
 * `success: false`, `approved: false` (Slack, payment APIs), a non-empty `error…`, `refusal…` or
 * `fail…` field (Vonage `error-text`), or a status or result that failed, was refused, declined or
 * denied (Mangopay `Status: "FAILED"`, Adyen `resultCode: "Refused"`, Google Maps `REQUEST_DENIED`),
 * or a numeric result code other than 0 or 2xx (`{ code: 1, msg }`: many APIs answer every call with
 * 200 and put 0 there on success). Two levels deep (`messages: [{ status, "error-text" }]`); anything else is data.
 */
export function reportsFailure(data: unknown, depth = 0): boolean {
  return entries(data, 32).some(
    ([key, v]) =>
      (v === false && /^(?:ok|success|approved)$/i.test(key)) ||
      (/error|refusal|fail/i.test(key) && (typeof v === 'string' ? !!v.trim() : entries(v, 1).length > 0)) ||
      (typeof v === 'string' && /^(?:status|state|result(?:code)?|transaction_?status)$/i.test(key) && /fail|refus|declin|deny|denied|reject|error|^err$/i.test(v)) ||
      (typeof v === 'number' && /^(?:code|ret|retcode|errcode|errno)$/i.test(key) && v !== 0 && !(v >= 200 && v < 300)) ||
      (depth < 2 && isObject(v) && reportsFailure(v, depth + 1)),
  );
}
