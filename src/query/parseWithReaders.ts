import type { ChunkLoader } from '../core/chunkLoader';
import type { FormatReader } from '../core/parse/draft';
import type { ParseOptions } from '../core/parse/options';
import { parseIncident } from '../core/parse/parseIncident';
import type { PaymentRequiredIncident, PaymentRequiredInput } from '../core/types';

type Readers = ChunkLoader<readonly FormatReader[]>;

const noop = () => {};

/**
 * Imports the per-request payment readers' chunk. Called from this chunk, never from the page's
 * own code, so bundlers know the parser is in memory whenever it runs: the modules the readers
 * share with it stay in its chunk instead of being split into more chunks on every 402's path.
 */
export const importProtocolReaders = (): Promise<readonly FormatReader[]> =>
  import('../core/parse/protocolReaders').then((module) => module.PROTOCOL_READERS);

/**
 * Parses at once when it can: with the per-request payment readers once they have loaded, or
 * without them when the response shows no sign of a per-request payment. Otherwise `undefined`,
 * and their chunk is requested. (The loader is passed in: the page's own code holds it, and this
 * chunk importing it would make bundlers split it into one more chunk.)
 */
export function parseLoaded(input: PaymentRequiredInput, options: ParseOptions, readers: Readers): PaymentRequiredIncident | null | undefined {
  const incident = parseIncident(input, options, readers.loaded());
  if (incident === undefined) readers.load().catch(noop);
  return incident;
}

/** Parses, loading the per-request payment readers first when the response needs them. */
export async function parseOnDemand(input: PaymentRequiredInput, options: ParseOptions, readers: Readers): Promise<PaymentRequiredIncident | null> {
  const now = parseLoaded(input, options, readers);
  return now !== undefined ? now : (parseIncident(input, options, await readers.load()) ?? null);
}
