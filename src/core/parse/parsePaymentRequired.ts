import type { PaymentRequiredIncident, PaymentRequiredInput } from '../types';
import type { ParseOptions } from './options';
import { parseIncident } from './parseIncident';
import { PROTOCOL_READERS } from './protocolReaders';

/**
 * Turns a decoded HTTP response into a payment incident, or null when its status is not one of
 * `options.statuses` (default `[402]`). Never throws and never hangs, whatever the body holds.
 */
export function parsePaymentRequired(
  input: PaymentRequiredInput,
  options: ParseOptions = {},
): PaymentRequiredIncident | null {
  // Never undefined: every reader is given.
  return parseIncident(input, options, PROTOCOL_READERS) ?? null;
}
