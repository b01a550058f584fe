import { causeOf } from './cause';
import { summarizeIncident, type IncidentEvent } from './events';
import { Subscribable } from './subscribable';
import type { PaymentRequiredIncident } from './types';

/** A query or mutation that failed with a 402 and waits for the incident to be resolved. */
export interface BlockedOperation {
  kind: 'query' | 'mutation';
  /** Stable identity: the query hash, or `mutation:…` (one per operation: see `mutationReplayKey`). */
  key: string;
  queryKey?: readonly unknown[];
  mutationKey?: readonly unknown[];
}

/** Re-runs a blocked operation once; called by `resolve()`. */
export type ResumeOperation = () => Promise<unknown>;

/** One unresolved incident with everything waiting on it. Immutable: a change makes a new entry. */
export interface IncidentEntry {
  readonly id: string;
  /** Dedupe key: equal causes share one entry. */
  readonly cause: string;
  /** The latest incident reported for this cause (fresher quota and retry times win). */
  readonly incident: PaymentRequiredIncident;
  readonly blocked: readonly BlockedOperation[];
  /** `dismissed` hides the UI; the operations stay blocked until resolved or the next 402. */
  readonly state: 'open' | 'dismissed';
  /** How many 402s this entry stands for. */
  readonly occurrences: number;
  /**
   * How many times in a row resolving this cause led straight back to it: 0 for a fresh 402, 1
   * when the re-runs of a resolved incident of the same cause failed with it again, and so on.
   * Automatic resumes stop at {@link MAX_AUTOMATIC_RESUMES} (see {@link canResumeAutomatically}).
   */
  readonly resumes: number;
  readonly createdAt: number;
}

/** The store's state. Same object until something changes (safe for `useSyncExternalStore`). */
export interface IncidentSnapshot {
  /** Unresolved incidents, oldest first: the queue when causes differ. */
  readonly entries: readonly IncidentEntry[];
  /** The incident the UI shows: the oldest one not dismissed. */
  readonly current: IncidentEntry | null;
}

/** Options of {@link createIncidentStore}. */
export interface IncidentStoreOptions {
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * Automatic resumes (a quota countdown reaching zero) allowed in a row for one cause. A server
 * that keeps answering with a short `Retry-After` would otherwise be replayed every few seconds
 * with nobody asking; after this many, the UI waits for the user's "Try again".
 */
export const MAX_AUTOMATIC_RESUMES = 2;

/** Whether the UI may resolve `entry` on its own (its chain of resumes is below the cap). */
export function canResumeAutomatically(entry: Pick<IncidentEntry, 'resumes'>): boolean {
  return entry.resumes < MAX_AUTOMATIC_RESUMES;
}

/** Events kept while nobody listens, so a provider mounting late still hears them. */
const EVENT_BUFFER_LIMIT = 50;

const EMPTY_SNAPSHOT: IncidentSnapshot = { entries: [], current: null };

/**
 * Holds unresolved incidents, dedupes them by cause, and runs the blocked operations again
 * when an incident is resolved. Framework-free: React reads it with `useSyncExternalStore`.
 */
export class IncidentStore extends Subscribable {
  #snapshot = EMPTY_SNAPSHOT;
  #resumers = new Map<string, { entryId: string; resume: ResumeOperation }>();
  // While the re-runs of a resolved incident run: its cause, and the `resumes` a 402 of that
  // cause reported meanwhile gets (it is the re-run failing again).
  #resuming = new Map<string, number>();
  #eventListeners = new Set<(event: IncidentEvent) => void>();
  #pendingEvents: IncidentEvent[] = [];
  #nextId = 1;
  readonly #now: () => number;

  constructor(options: IncidentStoreOptions = {}) {
    super();
    this.#now = options.now ?? Date.now;
  }

  /** The current state; a new object only after a change. */
  getSnapshot = (): IncidentSnapshot => this.#snapshot;

  /**
   * Records a 402. An open or dismissed incident with the same cause absorbs it (and is shown
   * again); otherwise a new incident joins the queue. `operation` is what to re-run on resolve.
   */
  report(
    incident: PaymentRequiredIncident,
    operation?: { blocked: BlockedOperation; resume: ResumeOperation },
  ): IncidentEntry {
    const cause = causeOf(incident);
    const entries = this.#snapshot.entries.map((entry) =>
      operation ? withoutOperation(entry, operation.blocked.key) : entry,
    );
    const index = entries.findIndex((entry) => entry.cause === cause);
    const existing = index === -1 ? undefined : entries[index];

    const entry: IncidentEntry = {
      id: existing?.id ?? `incident-${this.#nextId++}`,
      cause,
      incident,
      blocked: operation ? [...(existing?.blocked ?? []), operation.blocked] : (existing?.blocked ?? []),
      state: 'open',
      occurrences: (existing?.occurrences ?? 0) + 1,
      resumes: existing?.resumes ?? this.#resuming.get(cause) ?? 0,
      createdAt: existing?.createdAt ?? this.#now(),
    };
    if (existing) entries[index] = entry;
    else entries.push(entry);
    if (operation) this.#resumers.set(operation.blocked.key, { entryId: entry.id, resume: operation.resume });

    this.#commit(entries);
    this.#emit(!existing ? 'shown' : existing.state === 'dismissed' ? 'reopened' : 'updated', entry);
    return entry;
  }

  /**
   * Closes an incident because its cause is fixed and re-runs each blocked mutation, then each
   * blocked query, exactly once. Resolves when every re-run has settled; a re-run that fails with a 402 again
   * reports a new incident rather than retrying here.
   */
  async resolve(id?: string): Promise<void> {
    const entry = this.#find(id);
    if (!entry) return;
    this.#commit(this.#snapshot.entries.filter((other) => other !== entry));
    this.#emit('resolved', entry);

    const mutations: ResumeOperation[] = [];
    const queries: ResumeOperation[] = [];
    for (const operation of entry.blocked) {
      const resumer = this.#resumers.get(operation.key);
      if (resumer?.entryId === entry.id) {
        this.#resumers.delete(operation.key);
        (operation.kind === 'mutation' ? mutations : queries).push(resumer.resume);
      }
    }
    // Mutations first: they change what the queries read, so a query refetched alongside a
    // replayed "create" could come back without the created item. Errors of re-runs surface
    // through the query and mutation caches, not here.
    const chain = entry.resumes + 1;
    this.#resuming.set(entry.cause, Math.max(chain, this.#resuming.get(entry.cause) ?? 0));
    try {
      await Promise.allSettled(mutations.map((resume) => resume()));
      await Promise.allSettled(queries.map((resume) => resume()));
    } finally {
      if (this.#resuming.get(entry.cause) === chain) this.#resuming.delete(entry.cause);
    }
  }

  /** Hides the UI of an incident (the current one by default); the next 402 of its cause shows it again. */
  dismiss(id?: string): void {
    const entry = this.#find(id);
    if (!entry || entry.state === 'dismissed') return;
    this.#replace(entry, { ...entry, state: 'dismissed' });
    this.#emit('dismissed', entry);
  }

  /** Shows a dismissed incident again (the most recently dismissed by default). */
  open(id?: string): void {
    const entries = this.#snapshot.entries;
    const entry = id
      ? entries.find((candidate) => candidate.id === id)
      : entries.findLast((candidate) => candidate.state === 'dismissed');
    if (!entry || entry.state === 'open') return;
    const reopened: IncidentEntry = { ...entry, state: 'open' };
    this.#replace(entry, reopened);
    this.#emit('reopened', reopened);
  }

  /**
   * Forgets a blocked operation that no longer needs a re-run (it succeeded on its own or left
   * the cache). An incident left with nothing blocked stays until resolved or dismissed.
   */
  release(operationKey: string): void {
    if (!this.#resumers.delete(operationKey)) return;
    this.#commit(this.#snapshot.entries.map((entry) => withoutOperation(entry, operationKey)));
  }

  /** Listens to incident lifecycle events. Events from before the first listener are replayed to it. */
  addEventListener(listener: (event: IncidentEvent) => void): () => void {
    this.#eventListeners.add(listener);
    const pending = this.#pendingEvents;
    this.#pendingEvents = [];
    for (const event of pending) listener(event);
    return () => {
      this.#eventListeners.delete(listener);
    };
  }

  /** Drops every incident without re-running anything (e.g. on sign-out). */
  clear(): void {
    this.#resumers.clear();
    this.#resuming.clear();
    this.#pendingEvents = [];
    this.#commit([]);
  }

  #find(id: string | undefined): IncidentEntry | undefined {
    const { entries, current } = this.#snapshot;
    if (id) return entries.find((entry) => entry.id === id);
    return current ?? entries[0];
  }

  #replace(previous: IncidentEntry, next: IncidentEntry): void {
    this.#commit(this.#snapshot.entries.map((entry) => (entry === previous ? next : entry)));
  }

  #commit(entries: readonly IncidentEntry[]): void {
    const previous = this.#snapshot;
    const unchanged =
      entries.length === previous.entries.length && entries.every((entry, i) => entry === previous.entries[i]);
    if (unchanged) return;
    this.#snapshot = entries.length
      ? { entries, current: entries.find((entry) => entry.state === 'open') ?? null }
      : EMPTY_SNAPSHOT;
    for (const listener of this.listeners) listener();
  }

  #emit(type: IncidentEvent['type'], entry: IncidentEntry): void {
    const event: IncidentEvent = {
      type,
      id: entry.id,
      incident: summarizeIncident(entry.incident),
      blocked: entry.blocked.length,
      at: this.#now(),
    };
    if (this.#eventListeners.size === 0) {
      this.#pendingEvents.push(event);
      if (this.#pendingEvents.length > EVENT_BUFFER_LIMIT) this.#pendingEvents.shift();
      return;
    }
    for (const listener of this.#eventListeners) {
      try {
        listener(event);
      } catch (error) {
        // A broken analytics callback must not break the payment flow.
        reportListenerError(error);
      }
    }
  }
}

function withoutOperation(entry: IncidentEntry, key: string): IncidentEntry {
  if (!entry.blocked.some((operation) => operation.key === key)) return entry;
  return { ...entry, blocked: entry.blocked.filter((operation) => operation.key !== key) };
}

function reportListenerError(error: unknown): void {
  console.error('[react-payment-required] an incident event listener threw:', error);
}

/** Creates an empty incident store. */
export function createIncidentStore(options?: IncidentStoreOptions): IncidentStore {
  return new IncidentStore(options);
}
