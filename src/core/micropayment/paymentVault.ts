import { Subscribable } from '../subscribable';
import type { PaymentPrice } from './paymentPrice';

/** Headers that carry a payment (`X-PAYMENT`, `PAYMENT-SIGNATURE`, `Authorization` …), by name. */
export type PaymentHeaders = Readonly<Record<string, string>>;

/** Which request a payment is for: its method (`GET` when left out) and its full URL. */
export interface PaymentTarget {
  url: string;
  method?: string;
}

/** What the server said about a paid request it refused (from `PAYMENT-RESPONSE` / `X-PAYMENT-RESPONSE`). */
export interface PaymentRefusal {
  /** The facilitator's reason code, e.g. `insufficient_funds`, when the server sent one. */
  errorReason?: string;
  /** Human text, when the server sent one. */
  errorMessage?: string;
}

/**
 * Where the payment of one request stands: `paying` while the app's `onPay` runs for it,
 * `waiting` once its header waits for the retry, `undefined` when neither.
 */
export type PaymentStatus = 'paying' | 'waiting' | undefined;

/** Options of {@link PaymentVault}. */
export interface PaymentVaultOptions {
  /** How long a payment waits for its retry before it is dropped unused; default 5 minutes. */
  ttlMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface WaitingPayment {
  headers: PaymentHeaders;
  expiresAt: number;
  /** What it was made for, when the depositor said (the prompt always does). */
  price: PaymentPrice | undefined;
}

interface Challenge {
  methods: Set<string>;
  expiresAt: number;
}

const DEFAULT_TTL_MS = 5 * 60_000;

/**
 * The key of a request URL: absolute (resolved against the page when there is one), without
 * the fragment, so `/api/data` from the app and `https://app.example/api/data` from a response
 * name the same request. Never shortened: two URLs that differ anywhere are two keys.
 */
export function requestKey(url: string): string {
  const base = (globalThis as { location?: { href?: unknown } }).location?.href;
  try {
    const parsed = new URL(url, typeof base === 'string' ? base : undefined);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

const methodOf = (method: string | undefined): string => (method ?? 'GET').toUpperCase();

/** The key of one request: its method and its full URL (a POST and a GET to one URL are two requests). */
function targetKey(target: PaymentTarget): string {
  return `${methodOf(target.method)} ${requestKey(target.url)}`;
}

/**
 * Payments per request (method + full URL), across every prompt on the page: at most one is
 * being paid or waiting for each request. A header is handed out **once**: {@link take}
 * removes it in the same synchronous step that returns it, so two concurrent retries of one
 * request cannot both carry it. The vault also remembers which requests were paid and refused,
 * so the next prompt for the request can say the payment did not go through, and which methods
 * were answered with a 402 at each URL, so a payment is keyed to the request that asked for it.
 *
 * Subscribable: prompts re-render when a payment starts, waits or is used.
 */
export class PaymentVault extends Subscribable {
  readonly #waiting = new Map<string, WaitingPayment>();
  readonly #paying = new Set<string>();
  readonly #refused = new Map<string, PaymentRefusal>();
  readonly #challenges = new Map<string, Challenge>();
  readonly #ttlMs: number;
  readonly #now: () => number;
  #fetchers = 0;
  #version = 0;

  constructor(options: PaymentVaultOptions = {}) {
    super();
    this.#ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Changes each time a payment starts, is cancelled, waits or is used (for `useSyncExternalStore`). */
  getVersion = (): number => this.#version;

  /** Whether a fetch wrapped by `withPayments` uses this vault (else a deposited header could never be sent). */
  get connected(): boolean {
    return this.#fetchers > 0;
  }

  /** Called by `withPayments` for each fetch it wraps. */
  connect(): void {
    this.#fetchers++;
  }

  /**
   * Marks `target` as being paid. Returns `false`, and claims nothing, when it is already being
   * paid or a payment for it waits: the caller must not pay again.
   */
  claim(target: PaymentTarget): boolean {
    const key = targetKey(target);
    if (this.#paying.has(key) || this.#findWaiting(key)) return false;
    this.#paying.add(key);
    this.#changed();
    return true;
  }

  /** Ends a claim that paid nothing (the user cancelled, or `onPay` failed before sending anything). */
  unclaim(target: PaymentTarget): void {
    if (this.#paying.delete(targetKey(target))) this.#changed();
  }

  /** Where the payment of `target` stands: being paid, waiting for its retry, or neither. */
  statusOf(target: PaymentTarget): PaymentStatus {
    const key = targetKey(target);
    if (this.#paying.has(key)) return 'paying';
    return this.#findWaiting(key) ? 'waiting' : undefined;
  }

  /**
   * Holds `headers` for the next request to `target` (method `GET` when left out), ending its
   * claim. `price` is what the payment was made for (amount, asset, network, recipient …), so a
   * prompt can tell when the server now asks another. A payment still waiting for the same
   * request is replaced: it was never sent, so it was never charged.
   */
  deposit(target: PaymentTarget, headers: PaymentHeaders, price?: PaymentPrice): void {
    const key = targetKey(target);
    this.#refused.delete(requestKey(target.url));
    this.#paying.delete(key);
    this.#waiting.set(key, {
      headers: { ...headers },
      expiresAt: this.#now() + this.#ttlMs,
      price: price ? Object.freeze({ ...price }) : undefined,
    });
    this.#changed();
  }

  /**
   * The price the payment waiting for `target` was made for; `undefined` when none waits or
   * its depositor did not say. The same object while the payment waits (for `useSyncExternalStore`).
   */
  waitingPriceOf(target: PaymentTarget): PaymentPrice | undefined {
    return this.#findWaiting(targetKey(target))?.price;
  }

  /** Whether a payment waits for a request to `url` (with `method`, when given; any method otherwise). */
  has(url: string, method?: string): boolean {
    if (method !== undefined) return this.#findWaiting(targetKey({ url, method })) !== undefined;
    const suffix = ` ${requestKey(url)}`;
    return [...this.#waiting.keys()].some((key) => key.endsWith(suffix) && this.#findWaiting(key) !== undefined);
  }

  /** Removes and returns the payment waiting for this request (`method` + `url`), if any: a header is handed out once. */
  take(url: string, method = 'GET'): PaymentHeaders | undefined {
    // Every request of a wrapped fetch asks: the common case costs one size check.
    if (this.#waiting.size === 0) return undefined;
    const key = targetKey({ url, method });
    const payment = this.#findWaiting(key);
    if (!payment) return undefined;
    this.#waiting.delete(key);
    this.#changed();
    return payment.headers;
  }

  /**
   * Records that a request with `method` to `url` was answered with a 402 (called by
   * `withPayments`), so a payment for that URL can be keyed to the method that asked for it.
   */
  recordChallenge(url: string, method: string): void {
    const key = requestKey(url);
    const known = this.#challenges.get(key);
    const methods = known && known.expiresAt > this.#now() ? known.methods : new Set<string>();
    methods.add(methodOf(method));
    this.#challenges.set(key, { methods, expiresAt: this.#now() + this.#ttlMs });
  }

  /**
   * The method of the request at `url` that was asked to pay, when exactly one method was
   * recently answered with a 402 there; `undefined` when none or several were (the request
   * cannot be told apart, so no payment is keyed to a guess).
   */
  challengedMethod(url: string): string | undefined {
    const challenge = this.#challenges.get(requestKey(url));
    if (!challenge || challenge.expiresAt <= this.#now() || challenge.methods.size !== 1) return undefined;
    return [...challenge.methods][0];
  }

  /** Records that the paid request to `url` was refused (402 again, or a failed settlement). */
  recordRefusal(url: string, refusal: PaymentRefusal = {}): void {
    this.#refused.set(requestKey(url), { ...refusal });
    this.#changed();
  }

  /** Records that a request with `method` to `url` went through: an earlier refusal or challenge no longer applies. */
  recordSuccess(url: string, method?: string): void {
    const key = requestKey(url);
    if (method !== undefined) this.#challenges.get(key)?.methods.delete(methodOf(method));
    if (this.#refused.delete(key)) this.#changed();
  }

  /** The refusal of the last payment for `url`, until the request is paid again or succeeds. */
  refusalFor(url: string): PaymentRefusal | undefined {
    return this.#refused.get(requestKey(url));
  }

  #findWaiting(key: string): WaitingPayment | undefined {
    const payment = this.#waiting.get(key);
    if (!payment) return undefined;
    if (payment.expiresAt <= this.#now()) {
      // Signed payments expire; one that waited this long is dropped rather than sent late.
      this.#waiting.delete(key);
      return undefined;
    }
    return payment;
  }

  #changed(): void {
    this.#version++;
    for (const listener of this.listeners) listener();
  }
}

/** The vault `withPayments` and the micropayment prompt share unless given another. */
export const defaultPaymentVault = new PaymentVault();
