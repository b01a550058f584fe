import { parseIncident } from '../core/parse/parseIncident';
import type { PaymentRequiredIncident, PaymentRequiredInput } from '../core/types';
import { whenIdle } from '../core/whenIdle';

// V8 compiles a function on its first call, and the parser is many small functions: in Chromium
// the first 402 spent most of its ≈8 ms from the query's error to `shown` there. Parsing one
// typical response while the browser is idle, once the parser chunk has loaded, moves that
// compilation off the path between the 402 and the dialog. Part of the parser's chunk (./onDemand).
const TYPICAL_402: PaymentRequiredInput = {
  status: 402,
  headers: { 'content-type': 'application/json' },
  body: '{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card was declined."}}',
};

/** Runs the parser once on a typical 402 when the browser is idle; its result is thrown away. */
export function primeParser(
  parse: (input: PaymentRequiredInput) => PaymentRequiredIncident | null | undefined = (input) => parseIncident(input, {}, undefined),
): void {
  whenIdle(() => {
    try {
      parse(TYPICAL_402);
    } catch {
      // The parser never throws on any input; nothing here may ever surface in the app either.
    }
  });
}
