import { extractHttpFailure, type FailureExtractor } from './extract';
import { DEFAULT_STATUSES, type ParseOptions } from './parse/options';
import type { PaymentRequiredInput } from './types';

/** What decides whether a thrown error is a candidate payment problem. */
export interface DetectionOptions {
  /** Statuses treated as payment problems; default `[402]`. */
  statuses?: readonly number[];
  /** Adapters tried before the built-in detection. */
  extractors?: readonly FailureExtractor[];
}

/**
 * The one detection decision, shared by the provider's client and the `/parse` helpers: the HTTP
 * failure in `error` when its status is one of `statuses` (default `[402]`), or when the app threw
 * it as a `PaymentRequiredError` (`assertOk(response, { statuses })` did, so the app declared that
 * status a payment status). Whether a status other than 402 is about payment is then the parser's
 * call, from the body and headers, through {@link acceptedOptions}.
 */
export function findPaymentFailure(error: unknown, options: DetectionOptions = {}): PaymentRequiredInput | null {
  const failure = extractHttpFailure(error, options.extractors);
  if (!failure) return null;
  const statuses = Array.isArray(options.statuses) ? options.statuses : DEFAULT_STATUSES;
  // Checked by name: the ESM and CJS builds (or two copies of the package) each have their own class.
  const declared = error instanceof Error && error.name === 'PaymentRequiredError';
  return statuses.includes(failure.status) || declared ? failure : null;
}

/** Parse options for a failure {@link findPaymentFailure} accepted: its own status is handled. */
export function acceptedOptions(failure: PaymentRequiredInput, options: ParseOptions = {}): ParseOptions {
  return { ...options, statuses: [failure.status] };
}
