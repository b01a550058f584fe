import * as lowest from '@tanstack/query-core-lowest';
import * as latest from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { declinedCardError } from '../helpers';

/**
 * The retry-parity table: how many times a failing request is attempted, with and without the
 * library, for each way TanStack Query runs a request. Shared by the browser and server tests.
 */

/** What the table needs of a TanStack Query core, so the lowest peer and the latest fit one shape. */
interface ParityClient {
  fetchQuery(options: object): Promise<unknown>;
  prefetchQuery(options: object): Promise<void>;
  ensureQueryData(options: object): Promise<unknown>;
  setQueryDefaults(queryKey: readonly unknown[], options: object): void;
  getQueryCache(): { find(filters: { queryKey: readonly unknown[] }): { fetch(): Promise<unknown> } | undefined };
  clear(): void;
}
interface QueryCore {
  QueryClient: new (config?: object) => ParityClient;
  QueryObserver: new (client: ParityClient, options: object) => {
    subscribe(listener: (result: { status: string }) => void): () => void;
  };
  MutationObserver: new (client: ParityClient, options: object) => { mutate(): Promise<unknown> };
}

/** `@tanstack/query-core-lowest` is `@tanstack/query-core@5.0.0`, the lowest in the peer range. */
export const cores = [
  ['5.0.0 (lowest peer)', lowest as unknown as QueryCore],
  ['latest', latest as unknown as QueryCore],
] as const;

export const kinds = ['observer', 'fetchQuery', 'prefetchQuery', 'ensureQueryData', 'mutation'] as const;
export type Kind = (typeof kinds)[number];

export interface Attempt {
  core: QueryCore;
  kind: Kind;
  status: 402 | 500;
  withLibrary: boolean;
  /** Extra options: at the call site, as client defaults, or through setQueryDefaults. */
  callSite?: object;
  clientDefaults?: object;
  queryDefaults?: object;
}

export const serverError = () => Object.assign(new Error('Internal Server Error'), { status: 500 });

/** Runs one request that always fails with `status`; resolves with how many times it was sent. */
export async function countAttempts({ core, kind, status, withLibrary, callSite, clientDefaults, queryDefaults }: Attempt): Promise<number> {
  const client = new core.QueryClient(
    clientDefaults ? { defaultOptions: { queries: clientDefaults, mutations: clientDefaults } } : undefined,
  );
  const queryKey = ['parity', kind];
  if (queryDefaults) client.setQueryDefaults(queryKey, queryDefaults);
  const disconnect = withLibrary ? getPaymentRequiredClient(client as unknown as QueryClient).connect() : () => {};
  let attempts = 0;
  const fail = async () => {
    attempts++;
    throw status === 402 ? declinedCardError() : serverError();
  };
  // retryDelay 0 keeps retries (if any) immediate; it changes when, never whether, TanStack retries.
  const query = { queryKey, queryFn: fail, retryDelay: 0, ...callSite };
  try {
    if (kind === 'observer') {
      const observer = new core.QueryObserver(client, query);
      await new Promise<void>((settled) => {
        const unsubscribe = observer.subscribe((result) => {
          if (result.status !== 'error') return;
          unsubscribe();
          settled();
        });
      });
    } else if (kind === 'mutation') {
      await new core.MutationObserver(client, { mutationFn: fail, retryDelay: 0, ...callSite }).mutate().catch(() => {});
    } else if (kind === 'prefetchQuery') {
      await client.prefetchQuery(query);
    } else {
      await client[kind](query).catch(() => {});
    }
  } finally {
    disconnect();
    client.clear();
  }
  return attempts;
}

/** TanStack's own attempts for an unset `retry`, per kind, in the browser and on the server. */
export function tanstackAttempts(kind: Kind, server: boolean): number {
  return kind === 'observer' && !server ? 4 : 1;
}
