import type { Mutation, Query, QueryClient } from '@tanstack/react-query';
import type { FailureExtractor } from '../core/extract';
import type { ParseOptions } from '../core/parse/options';
import { IncidentStore } from '../core/store';
import type { PaymentRequiredIncident } from '../core/types';
import { listenToCaches } from './cacheListeners';
import { loadOnDemand, type OnDemand } from './lazyParser';
import { isOptedOut } from './meta';
import { PaymentFailureDetector } from './paymentFailureDetector';
import { neverRetryPaymentRequired } from './retry';

const noop = () => {};

/** What a connection to a {@link PaymentRequiredClient} configures. */
export interface PaymentRequiredClientOptions {
  /** Options for `parsePaymentRequired` (custom formats, link policy, statuses). */
  parseOptions?: ParseOptions;
  /** Adapters for fetchers whose errors the built-in detection does not read (GraphQL, tRPC …). */
  extractors?: readonly FailureExtractor[];
}

/**
 * Connects one `QueryClient` to one incident store: 402s from its queries and mutations become
 * incidents, are never retried, and are re-run once when the incident is resolved.
 *
 * One instance per client (see {@link getPaymentRequiredClient}), so two providers on the same
 * client, or code reporting before any provider mounts, share the same incidents.
 */
export class PaymentRequiredClient {
  readonly store: IncidentStore;
  readonly #client: QueryClient;
  /** The options of each connection, oldest first: the oldest apply (see {@link connect}). */
  #options: readonly PaymentRequiredClientOptions[] = [];
  #connections = 0;
  #disconnect: () => void = noop;
  /** Detects payment failures under the oldest connection's options, read at each decision. */
  readonly #detector = new PaymentFailureDetector(() => this.#options[0]);

  constructor(client: QueryClient, store = new IncidentStore()) {
    this.#client = client;
    this.store = store;
  }

  /**
   * Turns an error into an incident, or `null` when it is not a 402 (or an opted-in status with
   * a billing signal). Async because the parser is loaded on demand.
   */
  toIncident(error: unknown): Promise<PaymentRequiredIncident | null> {
    return this.#detector.toIncident(error);
  }

  /**
   * Starts listening to the client's caches; returns the function that stops. Reference
   * counted: the last disconnect removes every listener and restores the client. On connect,
   * 402s that happened before (queries prefetched before the provider mounted) are picked up.
   *
   * `options` are configured here, once, not set on the shared client by whoever calls last: of
   * several connections, the oldest one's options apply, and the next oldest's when it
   * disconnects. The object is read at each decision, so changing its fields takes effect.
   */
  connect(options: PaymentRequiredClientOptions = {}): () => void {
    this.#options = [...this.#options, options];
    if (this.#connections++ === 0) {
      this.#disconnect = this.#attach();
      void loadOnDemand().catch(noop);
    }
    let connected = true;
    return () => {
      if (!connected) return;
      connected = false;
      const index = this.#options.indexOf(options);
      this.#options = [...this.#options.slice(0, index), ...this.#options.slice(index + 1)];
      if (--this.#connections === 0) {
        this.#disconnect();
        this.#disconnect = noop;
      }
    };
  }

  #attach(): () => void {
    const client = this.#client;
    const restoreRetry = neverRetryPaymentRequired(client, (error) => this.#detector.isPaymentRequired(error));
    const stopListening = listenToCaches(client, {
      onQueryError: (query, error) => this.#onQueryError(query, error),
      onQuerySuccess: (query) => this.#onQuerySuccess(query),
      onQueryRemoved: (query) => this.store.release(query.queryHash),
      onMutationError: (mutation, error) => this.#onMutationError(mutation, error),
    });
    return () => {
      stopListening();
      restoreRetry();
    };
  }

  #onQueryError(query: Query, error: unknown): void {
    if (isOptedOut(query.meta)) return;
    const hash = query.queryHash;
    this.#detector.report(
      error,
      // While the parser loaded, the query may have been refetched, removed or replaced.
      () => this.#client.getQueryCache().get(hash) === query && query.state.error === error,
      (incident, onDemand) => this.#reportQuery(query, incident, onDemand),
    );
  }

  #reportQuery(query: Query, incident: PaymentRequiredIncident, { refetchQuery }: OnDemand): void {
    const hash = query.queryHash;
    this.store.report(incident, {
      blocked: { kind: 'query', key: hash, queryKey: query.queryKey },
      // The query may have been removed, or replaced under the same hash, since it failed.
      resume: () => refetchQuery(this.#client, hash),
    });
  }

  /**
   * A blocked query that succeeds on its own (refetch on focus, another tab paid) proves the
   * cause is fixed: its incident resolves, replaying the rest once. Micropayments are per
   * request, so one paid request says nothing about the others.
   */
  #onQuerySuccess(query: Query): void {
    const key = query.queryHash;
    const entry = this.store
      .getSnapshot()
      .entries.find((candidate) => candidate.blocked.some((operation) => operation.key === key));
    if (!entry) return;
    this.store.release(key);
    // Refused micropayments too (reason payment_failed, with the request's micropayment).
    if (entry.incident.reason !== 'micropayment_required' && entry.incident.micropayment === undefined) {
      void this.store.resolve(entry.id);
    }
  }

  #onMutationError(mutation: Mutation<unknown, Error, unknown, unknown>, error: unknown): void {
    if (isOptedOut(mutation.meta)) return;
    // Read now: a retry would overwrite them. A mutation's failure stands even if it left the cache.
    const variables = mutation.state.variables;
    this.#detector.report(
      error,
      () => true,
      (incident, { mutationReplayKey, replayMutation }) =>
        this.store.report(incident, {
          // Same operation, same key: a resubmitted form replaces its earlier blocked copy.
          blocked: { kind: 'mutation', key: mutationReplayKey(mutation, variables), mutationKey: mutation.options.mutationKey },
          resume: () => replayMutation(this.#client, mutation, variables),
        }),
    );
  }
}

const clients = new WeakMap<QueryClient, PaymentRequiredClient>();

/** The one {@link PaymentRequiredClient} of a `QueryClient`, created on first use. */
export function getPaymentRequiredClient(client: QueryClient): PaymentRequiredClient {
  let paymentRequired = clients.get(client);
  if (!paymentRequired) {
    paymentRequired = new PaymentRequiredClient(client);
    clients.set(client, paymentRequired);
  }
  return paymentRequired;
}
