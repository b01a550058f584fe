import { useCallback, useSyncExternalStore } from 'react';
import { subscribeToSecondTicker, tickerNow } from './secondTicker';

/** Where a countdown stands: counting down, reached (or past) the reset time, or no time known. */
export type QuotaCountdownStatus = 'counting' | 'ready' | 'unknown';

/** A live countdown to a reset time. */
export interface QuotaCountdownState {
  status: QuotaCountdownStatus;
  /** Whole seconds left (rounded up), 0 once reached; `null` when unknown or while rendering on the server. */
  remainingSeconds: number | null;
  /** The reset time (epoch ms) when it is a valid number. */
  resetAt: number | undefined;
}

const noop = () => {};
const unknownOnServer = () => null;

/** Whole seconds from `now` until `resetAt`, rounded up, never negative. */
export function secondsUntil(resetAt: number, now: number): number {
  return Math.max(0, Math.ceil((resetAt - now) / 1000));
}

/** How often a countdown re-renders its component: every second, or only when its status changes. */
export type QuotaCountdownPrecision = 'second' | 'status';

// The snapshot while counting when only the status is wanted: equal from tick to tick, so
// useSyncExternalStore skips the render until the countdown reaches zero.
const COUNTING = -1;

/**
 * The raw countdown: `null` when unknown (or on the server), 0 once reached, else the whole
 * seconds left, or COUNTING with `precision: 'status'`.
 */
export function useCountdownSnapshot(target: number | undefined, precision: QuotaCountdownPrecision): number | null {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (target === undefined || tickerNow() >= target) return noop;
      const unsubscribe = subscribeToSecondTicker(() => {
        notify();
        if (tickerNow() >= target) unsubscribe(); // reached: no more ticks needed
      });
      return unsubscribe;
    },
    [target],
  );
  const getSnapshot = useCallback(() => {
    if (target === undefined) return null;
    const seconds = secondsUntil(target, tickerNow());
    return precision === 'status' && seconds > 0 ? COUNTING : seconds;
  }, [target, precision]);
  return useSyncExternalStore(subscribe, getSnapshot, unknownOnServer);
}

/** A valid reset time, or undefined. */
export const countdownTarget = (resetAt: number | null | undefined): number | undefined =>
  typeof resetAt === 'number' && Number.isFinite(resetAt) ? resetAt : undefined;

/** The public state for a raw snapshot. */
export function countdownState(target: number | undefined, snapshot: number | null): QuotaCountdownState {
  return {
    status: target === undefined ? 'unknown' : snapshot === 0 ? 'ready' : 'counting',
    remainingSeconds: snapshot === COUNTING ? null : snapshot,
    resetAt: target,
  };
}

/**
 * A live countdown to `resetAt` (epoch ms). All countdowns on the page share one timer aligned
 * to the second, which stops when the last one unmounts or reaches zero; the remaining time is
 * always recomputed from the clock, so a hidden tab or a reset time in the past is shown right.
 * With `precision: 'status'` the component re-renders only when the status changes (the
 * remaining seconds read `null` while counting): for a whole prompt whose ticking text is a leaf.
 */
export function useQuotaCountdown(
  resetAt: number | null | undefined,
  options: { precision?: QuotaCountdownPrecision } = {},
): QuotaCountdownState {
  const target = countdownTarget(resetAt);
  return countdownState(target, useCountdownSnapshot(target, options.precision ?? 'second'));
}
