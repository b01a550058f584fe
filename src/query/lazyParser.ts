import { chunkLoader } from '../core/chunkLoader';
import type { ParseOptions } from '../core/parse/options';
import type { PaymentRequiredIncident, PaymentRequiredInput } from '../core/types';
import type * as OnDemandModule from './onDemand';

/** The on-demand chunk: the parser, event redaction, replay keys and re-runs (`./onDemand`). */
export type OnDemand = typeof OnDemandModule;

type Parse = (input: PaymentRequiredInput, options?: ParseOptions) => PaymentRequiredIncident | null;

/**
 * The parser is most of the library's bytes and is needed only once a payment problem happens,
 * so it is a separate chunk, together with the code that only runs after a parse: requested when
 * a client connects (so it is usually in memory before the first 402) and awaited by the first
 * 402 that arrives sooner.
 */
const onDemand = chunkLoader(() =>
  import('./onDemand').then((module) => {
    module.primeParser();
    return module;
  }),
);

/** Loads the on-demand chunk (once; again after a failed load). */
export const loadOnDemand = (): Promise<OnDemand> => onDemand.load();

/** The on-demand chunk if it has loaded, for what must be synchronous (retry, `onIncident`). */
export const loadedOnDemand = (): OnDemand | undefined => onDemand.loaded();

/** Loads the parser (see {@link loadOnDemand}). */
export function loadParser(): Promise<Parse> {
  return loadOnDemand().then((module) => module.parsePaymentRequired);
}

/** The parser if it has loaded. */
export function loadedParser(): Parse | undefined {
  return onDemand.loaded()?.parsePaymentRequired;
}
