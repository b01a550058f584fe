import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { IncidentEntry, IncidentSnapshot } from '../core/store';
import type { PaymentRequiredIncident } from '../core/types';
import { usePaymentRequiredClient } from './context';

/** What `usePaymentRequired` selectors read. Derived once per store change; stable otherwise. */
export interface PaymentRequiredState {
  /** The incident the UI shows now, or `null` (none, or dismissed). */
  incident: PaymentRequiredIncident | null;
  /** Its store entry (id, blocked operations, occurrences). */
  entry: IncidentEntry | null;
  /** Every unresolved incident, oldest first, dismissed ones included. */
  entries: readonly IncidentEntry[];
  /** Whether some query or mutation waits on an unresolved incident (even a dismissed one). */
  isBlocked: boolean;
  /** Whether the UI of an incident is showing. */
  isOpen: boolean;
  /** Query keys of every blocked query. */
  blockedQueryKeys: readonly (readonly unknown[])[];
}

/**
 * Actions on incidents. Those of `usePaymentRequiredActions()` are stable and, without an id,
 * act on the incident open when called. Those of `usePaymentRequired()` are bound to the incident
 * that render read (`entry`): new functions only when it changes, and calling `resolve()` twice
 * resolves it once, never reaching the next incident in the queue.
 */
export interface PaymentRequiredActions {
  /** The cause is fixed: close the incident and re-run what failed, once. A no-op for an incident already resolved. */
  resolve: (id?: string) => Promise<void>;
  /** Close the UI; the next 402 of the same cause shows it again. */
  dismiss: (id?: string) => void;
  /** Show a dismissed incident again. */
  open: (id?: string) => void;
}

const derived = new WeakMap<IncidentSnapshot, PaymentRequiredState>();

function deriveState(snapshot: IncidentSnapshot): PaymentRequiredState {
  let state = derived.get(snapshot);
  if (!state) {
    const { entries, current } = snapshot;
    state = {
      incident: current?.incident ?? null,
      entry: current,
      entries,
      isBlocked: entries.some((entry) => entry.blocked.length > 0),
      isOpen: current !== null,
      blockedQueryKeys: entries.flatMap((entry) =>
        entry.blocked.flatMap((operation) => (operation.queryKey ? [operation.queryKey] : [])),
      ),
    };
    derived.set(snapshot, state);
  }
  return state;
}

const selectAll = (state: PaymentRequiredState) => state;

/** Shallow equality for selector results, so `s => [s.a, s.b]`-style selectors stay quiet. */
function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) => Object.hasOwn(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The incident actions without subscribing to anything: never re-renders. */
export function usePaymentRequiredActions(): PaymentRequiredActions {
  const client = usePaymentRequiredClient('usePaymentRequiredActions');
  return useMemo(() => {
    const { store } = client;
    return {
      resolve: (id?: string) => store.resolve(id),
      dismiss: (id?: string) => store.dismiss(id),
      open: (id?: string) => store.open(id),
    };
  }, [client]);
}

/**
 * Reads the active 402 incident and the actions on it.
 *
 * Without a selector the component re-renders on every incident change. With one it re-renders
 * only when the selected value changes (compared shallowly), e.g.
 * `usePaymentRequired(s => s.isBlocked)`.
 */
export function usePaymentRequired(): PaymentRequiredState & PaymentRequiredActions;
export function usePaymentRequired<T>(
  selector: (state: PaymentRequiredState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T;
export function usePaymentRequired<T>(
  selector?: (state: PaymentRequiredState) => T,
  isEqual: (a: T, b: T) => boolean = shallowEqual,
): T | (PaymentRequiredState & PaymentRequiredActions) {
  const client = usePaymentRequiredClient('usePaymentRequired');
  const actions = usePaymentRequiredActions();
  const { store } = client;
  const select = (selector ?? selectAll) as (state: PaymentRequiredState) => T;

  // Keep the previous selection while the snapshot and selector are unchanged, or when the new
  // selection is equal to it, so useSyncExternalStore sees a stable value and skips the render.
  const memo = useRef<{ snapshot: IncidentSnapshot; select: typeof select; selection: T } | null>(null);
  const getSelection = useCallback(() => {
    const snapshot = store.getSnapshot();
    const previous = memo.current;
    if (previous && previous.snapshot === snapshot && previous.select === select) return previous.selection;
    const next = select(deriveState(snapshot));
    const selection = previous && isEqual(previous.selection, next) ? previous.selection : next;
    memo.current = { snapshot, select, selection };
    return selection;
  }, [store, select, isEqual]);

  const selection = useSyncExternalStore(store.subscribe, getSelection, getSelection);
  // Without an id, resolve/dismiss act on the incident this render read, never on whichever is
  // active when they run: a second `resolve()` is a no-op, not a replay of the next incident.
  const readId = selector ? undefined : (selection as PaymentRequiredState).entry?.id;
  const boundActions = useMemo<PaymentRequiredActions>(
    () => ({
      ...actions,
      resolve: (id?: string) => {
        const target = id ?? readId;
        return target ? actions.resolve(target) : Promise.resolve();
      },
      dismiss: (id?: string) => {
        const target = id ?? readId;
        if (target) actions.dismiss(target);
      },
    }),
    [actions, readId],
  );
  const full = useMemo(
    () => (selector ? null : { ...(selection as PaymentRequiredState), ...boundActions }),
    [selector, selection, boundActions],
  );
  return full ?? selection;
}
