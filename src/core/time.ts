/**
 * Times from a server are in the server's clock and in several notations. They are turned into
 * local epoch milliseconds here, and kept finite, in the future and not absurdly far away.
 */

import { MAX_FUTURE_MS } from './limits';

/** Local "now" plus the difference between the local clock and the server's `Date` header. */
export interface Clock {
  now: number;
  /** Add to a server timestamp to get the local one (0 without a usable `Date` header). */
  offset: number;
}

/** A clock for one response: `now` is local, `date` the server's `Date` header, if any. */
export function createClock(now: number, date?: string): Clock {
  const server = date ? Date.parse(date.slice(0, 100)) : NaN;
  return { now, offset: Number.isFinite(server) ? now - server : 0 };
}

/** A non-negative finite number from a number or a numeric string, else undefined. */
export function toCount(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * Epoch ms (local clock) from a reset or expiry value: an ISO or HTTP date, epoch milliseconds
 * (> 1e12), epoch seconds (> 1e9) or a delay in seconds (milliseconds when `ms` is set).
 * Absolute values are shifted by the clock skew; the result is not yet clamped.
 */
export function toEpochMs(value: unknown, clock: Clock, ms = false): number | undefined {
  if (typeof value === 'string' && !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) {
    const t = value.length < 100 ? Date.parse(value) : NaN;
    return Number.isFinite(t) ? t + clock.offset : undefined;
  }
  let n = toCount(value);
  if (n === undefined) return undefined;
  if (n > 1e12) return n + clock.offset;
  if (ms) n /= 1000;
  return n > 1e9 ? n * 1000 + clock.offset : clock.now + n * 1000;
}

/**
 * A future instant kept finite and at most {@link MAX_FUTURE_MS} ahead. Instants in the past
 * are dropped (undefined): a reset that already happened tells the UI nothing to count down to.
 */
export function futureTime(t: number | undefined, now: number): number | undefined {
  if (t === undefined || !Number.isFinite(t)) return undefined;
  // Rounded to whole milliseconds first: an instant less than half a millisecond ahead is now.
  const ms = Math.round(Math.min(t, now + MAX_FUTURE_MS));
  return ms > now ? ms : undefined;
}

/** `Retry-After` (RFC 9110): delay-seconds or an HTTP-date, as local epoch ms; past dates dropped. */
export function parseRetryAfter(value: string | undefined, clock: Clock): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const t = /^\d+$/.test(v) ? clock.now + Number(v) * 1000 : toEpochMs(v, clock);
  return futureTime(t, clock.now);
}
