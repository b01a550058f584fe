import { extractHttpFailure, type FailureExtractor } from '../extract';
import type { PaymentRequiredIncident } from '../types';
import { DEFAULT_STATUSES, type ParseOptions } from './options';
import { parsePaymentRequired } from './parsePaymentRequired';

/** Turns anything thrown by a fetcher into an incident, or null when it is not a payment problem. */
export function toPaymentRequiredIncident(
  error: unknown,
  options?: ParseOptions & { extractors?: readonly FailureExtractor[] },
): PaymentRequiredIncident | null {
  const found = extractHttpFailure(error, options?.extractors);
  if (!found) return null;
  // An error the app threw as a PaymentRequiredError counts whatever its status. Checked by name:
  // the ESM and CJS builds (or two copies of the package) each have their own class.
  const statuses = error instanceof Error && error.name === 'PaymentRequiredError' && !options?.statuses
    ? [found.status]
    : options?.statuses;
  return parsePaymentRequired(found, { ...options, statuses });
}

/** True when `error` carries a 402 (or one of `statuses` with a billing signal in it). */
export function isPaymentRequired(
  error: unknown,
  options?: { statuses?: readonly number[]; extractors?: readonly FailureExtractor[] },
): error is object {
  const found = extractHttpFailure(error, options?.extractors);
  if (!found) return false;
  const statuses = options?.statuses ?? DEFAULT_STATUSES;
  // The common case needs no parsing; other statuses count only when the body is about payment.
  return found.status === 402 ? statuses.includes(402) : parsePaymentRequired(found, { statuses }) !== null;
}
