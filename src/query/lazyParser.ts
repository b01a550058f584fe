import type { ParseOptions } from '../core/parse/options';
import type { PaymentRequiredIncident, PaymentRequiredInput } from '../core/types';
import type * as OnDemandModule from './onDemand';

/** The on-demand chunk: the parser, event redaction, replay keys and re-runs (`./onDemand`). */
export type OnDemand = typeof OnDemandModule;

type Parse = (input: PaymentRequiredInput, options?: ParseOptions) => PaymentRequiredIncident | null;

let loaded: OnDemand | undefined;
let loading: Promise<OnDemand> | undefined;

/**
 * The parser is most of the library's bytes and is needed only once a payment problem happens,
 * so it is a separate chunk, together with the code that only runs after a parse: requested when
 * a client connects (so it is usually in memory before the first 402) and awaited by the first
 * 402 that arrives sooner.
 */
export function loadOnDemand(): Promise<OnDemand> {
  loading ??= import('./onDemand').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A chunk that failed to load (offline, a deploy replaced it) is asked for again next time.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The on-demand chunk if it has loaded, for what must be synchronous (retry, `onIncident`). */
export function loadedOnDemand(): OnDemand | undefined {
  return loaded;
}

/** Loads the parser (see {@link loadOnDemand}). */
export function loadParser(): Promise<Parse> {
  return loadOnDemand().then((module) => module.parsePaymentRequired);
}

/** The parser if it has loaded. */
export function loadedParser(): Parse | undefined {
  return loaded?.parsePaymentRequired;
}
