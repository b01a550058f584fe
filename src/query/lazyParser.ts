import { chunkLoader, type ChunkLoader } from '../core/chunkLoader';
import type { FormatReader } from '../core/parse/draft';
import type * as OnDemandModule from './onDemand';

/** The on-demand chunk: the parser, event redaction, replay keys and re-runs (`./onDemand`). */
export type OnDemand = typeof OnDemandModule;

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

/**
 * The per-request payment readers (x402, L402, …), a chunk of their own: a card, plan or quota 402
 * shows none of their signs (`mayAskPerRequestPayment`), so most pages never request it. A
 * provider with `onPay` requests it at mount, beside the micropayment prompt.
 */
export const protocolReaders: ChunkLoader<readonly FormatReader[]> = chunkLoader(() =>
  onDemand.load().then((module) => module.importProtocolReaders()),
);
