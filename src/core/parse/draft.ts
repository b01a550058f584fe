import type { HeaderGetter } from '../headers';
import type { Clock } from '../time';
import type {
  BillingLinks,
  MicropaymentRequest,
  PaymentMethodSummary,
  PaymentRequiredReason,
  PlanRequirement,
  QuotaInfo,
  WireFormat,
} from '../types';

/** One response as the format readers see it: body decoded, headers readable, clock set. */
export interface ParseContext {
  status: number;
  header: HeaderGetter;
  /** The body as a JSON value (object, array, string, number…), when it is one. */
  data: unknown;
  /** The body text when it is not JSON (plain text, HTML, truncated JSON), capped. */
  text?: string;
  url?: string;
  clock: Clock;
}

/**
 * What a format reader found, before sanitizing. Values are untrusted: strings are cleaned, links
 * filtered and times clamped afterwards, in one place.
 */
export interface Draft {
  format: WireFormat;
  /** Decided by a structured signal (Stripe code, x402, header); skips the classifier. */
  reason?: PaymentRequiredReason;
  /** Used when neither `reason` nor the classifier decide. */
  fallback?: PaymentRequiredReason;
  /** Machine codes, best first, for the classifier. */
  codes?: string[];
  /** Human texts, best first, for the classifier and for links written in prose. */
  texts?: string[];
  message?: unknown;
  code?: unknown;
  declineCode?: unknown;
  paymentMethod?: PaymentMethodSummary;
  plan?: PlanRequirement;
  feature?: unknown;
  quota?: QuotaInfo;
  retryAt?: number;
  links?: Partial<Record<keyof BillingLinks, unknown>>;
  micropayment?: MicropaymentRequest;
  /** The body holds a prepaid balance figure: "insufficient funds" there is a spent balance, not a decline. */
  prepaid?: boolean;
  /** RateLimit policy names the body says were violated. */
  policies?: string[];
  /** A protocol reader that read the whole body itself: the generic body reading is not merged. */
  complete?: boolean;
}

/** Reads a format out of one response, or returns undefined when it is not that format. */
export type FormatReader = (ctx: ParseContext) => Draft | undefined;

const BANNED = new Set(['__proto__', 'constructor', 'prototype']);

/** A plain object or array (anything `typeof 'object'` but null). */
export const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** An own property of a server object, never an inherited one; never throws (Proxies, getters). */
export function own(o: unknown, key: string): unknown {
  try {
    return isObject(o) && !BANNED.has(key) && Object.prototype.hasOwnProperty.call(o, key)
      ? (o as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/** Own enumerable entries of an object or the first items of an array, capped; never throws. */
export function entries(o: unknown, max = 64): [string, unknown][] {
  const out: [string, unknown][] = [];
  try {
    if (Array.isArray(o)) {
      for (let i = 0; i < Math.min(o.length, max); i++) out.push([String(i), own(o, String(i))]);
    } else if (isObject(o)) {
      for (const k of Object.keys(o)) {
        if (out.length >= max) break;
        if (!BANNED.has(k)) out.push([k, own(o, k)]);
      }
    }
  } catch {
    // a Proxy whose ownKeys trap throws: keep what was read
  }
  return out;
}

/** A JSON object: any object but an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => isObject(v) && !Array.isArray(v);

/** A finite number property, or undefined. */
export const num = (o: unknown, key: string): number | undefined => {
  const v = own(o, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** A string property, or undefined. */
export const str = (o: unknown, key: string): string | undefined => {
  const v = own(o, key);
  return typeof v === 'string' ? v : undefined;
};
