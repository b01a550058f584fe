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

/**
 * A live countdown to `resetAt` (epoch ms). All countdowns on the page share one timer aligned
 * to the second, which stops when the last one unmounts or reaches zero; the remaining time is
 * always recomputed from the clock, so a hidden tab or a reset time in the past is shown right.
 */
export function useQuotaCountdown(resetAt: number | null | undefined): QuotaCountdownState {
  const target = typeof resetAt === 'number' && Number.isFinite(resetAt) ? resetAt : undefined;

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
  const getSnapshot = useCallback(() => (target === undefined ? null : secondsUntil(target, tickerNow())), [target]);
  const remainingSeconds = useSyncExternalStore(subscribe, getSnapshot, unknownOnServer);

  return {
    status: target === undefined ? 'unknown' : remainingSeconds === 0 ? 'ready' : 'counting',
    remainingSeconds,
    resetAt: target,
  };
}
