import type { HeadersInput, PaymentRequiredInput } from '../core/types';

// Thrown values are foreign objects: any property read may hit a throwing getter or a Proxy trap.

/** `o[key]` for any object or function, or undefined; never throws. */
export function prop(o: unknown, key: string): unknown {
  try {
    return (typeof o === 'object' || typeof o === 'function') && o !== null ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** An HTTP status (100–599) given as a number or a three-digit string, or undefined. */
export function httpStatus(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{3}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

/** The first argument that is a non-empty string. */
export const firstString = (...values: unknown[]): string | undefined =>
  values.find((v): v is string => typeof v === 'string' && v.length > 0);

/** A parser input from what an adapter found, or null without a valid status. */
export function failure(status: unknown, headers: unknown, body: unknown, url?: unknown): PaymentRequiredInput | null {
  const s = httpStatus(status);
  if (s === undefined) return null;
  const input: PaymentRequiredInput = { status: s };
  if (typeof headers === 'object' && headers !== null) input.headers = headers as HeadersInput;
  if (body !== undefined && body !== null) input.body = body;
  const u = firstString(url);
  if (u) input.url = u;
  return input;
}

/** Runs an extractor body, turning anything it throws into null (the contract says never throw). */
export function safely<A extends unknown[], R>(read: (...args: A) => R | null): (...args: A) => R | null {
  return (...args) => {
    try {
      return read(...args);
    } catch {
      return null;
    }
  };
}
