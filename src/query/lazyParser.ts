import type { ParseOptions } from '../core/parse/options';
import type { PaymentRequiredIncident, PaymentRequiredInput } from '../core/types';

type Parse = (input: PaymentRequiredInput, options?: ParseOptions) => PaymentRequiredIncident | null;

let parse: Parse | undefined;
let loading: Promise<Parse> | undefined;

/**
 * The parser is most of the library's bytes and is needed only once a payment problem happens,
 * so it is a separate chunk: requested when a client connects (so it is usually in memory before
 * the first 402) and awaited by the first 402 that arrives sooner.
 */
export function loadParser(): Promise<Parse> {
  loading ??= import('../core/parse/parsePaymentRequired').then(
    (module) => (parse = module.parsePaymentRequired),
    (error: unknown) => {
      // A chunk that failed to load (offline, a deploy replaced it) is asked for again next time.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The parser if it has loaded, for decisions that must be synchronous (retry). */
export function loadedParser(): Parse | undefined {
  return parse;
}
