import type { Mutation, Query, QueryClient } from '@tanstack/react-query';
import type { FailureExtractor } from '../core/extract';
import type { ParseOptions } from '../core/parse/options';
import { acceptedOptions, findPaymentFailure } from '../core/paymentFailure';
import { IncidentStore } from '../core/store';
import type { PaymentRequiredIncident, PaymentRequiredInput } from '../core/types';
import { HostClaims } from './hostClaims';
import { loadedParser, loadParser } from './lazyParser';
import { isOptedOut } from './meta';
import { mutationReplayKey } from './replayKey';
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
  /** Which provider renders the automatic UI, so two providers on one client show one dialog. */
  readonly hostClaims = new HostClaims();
  readonly #client: QueryClient;
  /** The options of each connection, oldest first: the oldest apply (see {@link connect}). */
  #options: readonly PaymentRequiredClientOptions[] = [];
  #connections = 0;
  #disconnect: () => void = noop;

  constructor(client: QueryClient, store = new IncidentStore()) {
    this.#client = client;
    this.store = store;
  }

  // Read at each decision, never copied: a connection's object is the single place its options live.
  get #parseOptions(): ParseOptions {
    return this.#options[0]?.parseOptions ?? {};
  }

  get #extractors(): readonly FailureExtractor[] {
    return this.#options[0]?.extractors ?? [];
  }

  /**
   * The HTTP failure in `error` when its status is one this client handles (402 unless
   * `parseOptions.statuses` says more, or a thrown `PaymentRequiredError`), before any parsing:
   * the same decision as `toPaymentRequiredIncident` in `/parse`.
   */
  #candidate(error: unknown): PaymentRequiredInput | null {
    return findPaymentFailure(error, { statuses: this.#parseOptions.statuses, extractors: this.#extractors });
  }

  /** Parse options for a failure {@link #candidate} accepted. */
  #optionsFor(failure: PaymentRequiredInput): ParseOptions {
    return acceptedOptions(failure, this.#parseOptions);
  }

  /**
   * Turns an error into an incident, or `null` when it is not a 402 (or an opted-in status with
   * a billing signal). Async because the parser is loaded on demand.
   */
  async toIncident(error: unknown): Promise<PaymentRequiredIncident | null> {
    const failure = this.#candidate(error);
    if (!failure) return null;
    const parse = loadedParser() ?? (await loadParser());
    return parse(failure, this.#optionsFor(failure));
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
      void loadParser().catch(noop);
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
    const queryCache = client.getQueryCache();
    const mutationCache = client.getMutationCache();
    const restoreRetry = neverRetryPaymentRequired(client, (error) => this.#isPaymentRequired(error));

    const unsubscribeQueries = queryCache.subscribe((event) => {
      if (event.type === 'removed') this.store.release(event.query.queryHash);
      if (event.type !== 'updated') return;
      if (event.action.type === 'error') this.#onQueryError(event.query, event.action.error);
      else if (event.action.type === 'success') this.#onQuerySuccess(event.query);
    });
    const unsubscribeMutations = mutationCache.subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') {
        this.#onMutationError(event.mutation, event.action.error);
      }
    });

    for (const query of queryCache.getAll()) {
      if (query.state.status === 'error') this.#onQueryError(query, query.state.error);
    }
    for (const mutation of mutationCache.getAll()) {
      if (mutation.state.status === 'error') this.#onMutationError(mutation, mutation.state.error);
    }

    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
      restoreRetry();
    };
  }

  /**
   * The retry decision is synchronous: a 402 needs no parsing; another opted-in status counts
   * only when its body says payment, which takes the parser; until it has loaded such an error
   * keeps the app's own retry rule.
   */
  #isPaymentRequired(error: unknown): boolean {
    const failure = this.#candidate(error);
    if (!failure) return false;
    if (failure.status === 402) return true;
    return loadedParser()?.(failure, this.#optionsFor(failure)) != null;
  }

  /**
   * Parses `error` and reports it: at once when the parser is in memory (the usual case), else
   * once it has loaded and only if the failure still stands.
   */
  #report(error: unknown, stillFailing: () => boolean, report: (incident: PaymentRequiredIncident) => void): void {
    const failure = this.#candidate(error);
    if (!failure) return;
    const parseNow = loadedParser();
    if (parseNow) {
      const incident = parseNow(failure, this.#optionsFor(failure));
      if (incident) report(incident);
      return;
    }
    loadParser().then(
      (parse) => {
        const incident = parse(failure, this.#optionsFor(failure));
        if (incident && stillFailing()) report(incident);
      },
      noop,
    );
  }

  #onQueryError(query: Query, error: unknown): void {
    if (isOptedOut(query.meta)) return;
    const hash = query.queryHash;
    this.#report(
      error,
      // While the parser loaded, the query may have been refetched, removed or replaced.
      () => this.#client.getQueryCache().get(hash) === query && query.state.error === error,
      (incident) => this.#reportQuery(query, incident),
    );
  }

  #reportQuery(query: Query, incident: PaymentRequiredIncident): void {
    const hash = query.queryHash;
    this.store.report(incident, {
      blocked: { kind: 'query', key: hash, queryKey: query.queryKey },
      // The query may have been removed, or replaced under the same hash, since it failed.
      resume: async () => {
        await this.#client.getQueryCache().get(hash)?.fetch().catch(noop);
      },
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
    this.#report(
      error,
      () => true,
      (incident) =>
        this.store.report(incident, {
          // Same operation, same key: a resubmitted form replaces its earlier blocked copy.
          blocked: { kind: 'mutation', key: mutationReplayKey(mutation, variables), mutationKey: mutation.options.mutationKey },
          resume: () => this.#replay(mutation, variables),
        }),
    );
  }

  /**
   * Runs a mutation again with its original variables. The same `Mutation` object is re-executed
   * while it is in the cache, so the `useMutation` that started it observes the outcome; one
   * garbage-collected meanwhile is rebuilt from its options and still runs once.
   */
  async #replay(mutation: Mutation<unknown, Error, unknown, unknown>, variables: unknown): Promise<void> {
    const cache = this.#client.getMutationCache();
    const target = cache.getAll().includes(mutation) ? mutation : cache.build(this.#client, mutation.options);
    await target.execute(variables).catch(noop);
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
