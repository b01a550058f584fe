import type { FailureExtractor } from '../extract';
import { acceptedOptions, findPaymentFailure } from '../paymentFailure';
import type { PaymentRequiredIncident } from '../types';
import type { ParseOptions } from './options';
import { parsePaymentRequired } from './parsePaymentRequired';

/**
 * Turns anything thrown by a fetcher into an incident, or null when it is not a payment problem.
 * Decides exactly as the provider does (same statuses, extractors and body signal).
 */
export function toPaymentRequiredIncident(
  error: unknown,
  options?: ParseOptions & { extractors?: readonly FailureExtractor[] },
): PaymentRequiredIncident | null {
  const found = findPaymentFailure(error, options);
  return found ? parsePaymentRequired(found, acceptedOptions(found, options)) : null;
}

/** True when `error` carries a 402 (or one of `statuses` with a billing signal in it). */
export function isPaymentRequired(
  error: unknown,
  options?: { statuses?: readonly number[]; extractors?: readonly FailureExtractor[] },
): error is object {
  const found = findPaymentFailure(error, options);
  if (!found) return false;
  // The common case needs no parsing; other statuses count only when the body is about payment.
  return found.status === 402 || parsePaymentRequired(found, acceptedOptions(found)) !== null;
}
