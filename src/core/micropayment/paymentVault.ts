/** Headers that carry a payment (`X-PAYMENT`, `PAYMENT-SIGNATURE`, `Authorization` …), by name. */
export type PaymentHeaders = Readonly<Record<string, string>>;

/** Which request a payment is for: its URL, and its method when known (any method otherwise). */
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

/** Options of {@link PaymentVault}. */
export interface PaymentVaultOptions {
  /** How long a payment waits for its retry before it is dropped unused; default 5 minutes. */
  ttlMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface WaitingPayment {
  method?: string;
  headers: PaymentHeaders;
  expiresAt: number;
}

const DEFAULT_TTL_MS = 5 * 60_000;

/**
 * The key of a request URL: absolute (resolved against the page when there is one), without
 * the fragment, so `/api/data` from the app and `https://app.example/api/data` from a response
 * name the same request.
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

/**
 * Payment headers waiting for the retry of the request they pay for. Each is handed out
 * **once**: {@link take} removes it in the same synchronous step that returns it, so two
 * concurrent retries of one request cannot both carry it, and a header is never sent twice.
 * It also remembers which requests were paid and refused, so the next prompt for the request
 * can say the payment did not go through.
 */
export class PaymentVault {
  readonly #waiting = new Map<string, WaitingPayment>();
  readonly #refused = new Map<string, PaymentRefusal>();
  readonly #ttlMs: number;
  readonly #now: () => number;
  #fetchers = 0;

  constructor(options: PaymentVaultOptions = {}) {
    this.#ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Whether a fetch wrapped by `withPayments` uses this vault (else a deposited header could never be sent). */
  get connected(): boolean {
    return this.#fetchers > 0;
  }

  /** Called by `withPayments` for each fetch it wraps. */
  connect(): void {
    this.#fetchers++;
  }

  /**
   * Holds `headers` for the next request to `target`. A payment still waiting for the same URL is
   * replaced: it was never sent, so it was never charged.
   */
  deposit(target: PaymentTarget, headers: PaymentHeaders): void {
    const key = requestKey(target.url);
    this.#refused.delete(key);
    this.#waiting.set(key, {
      method: target.method?.toUpperCase(),
      headers: { ...headers },
      expiresAt: this.#now() + this.#ttlMs,
    });
  }

  /** Whether a payment is waiting for a request to `url` (with `method`, when given). */
  has(url: string, method?: string): boolean {
    return this.#find(requestKey(url), method) !== undefined;
  }

  /** Removes and returns the payment waiting for this request, if any: a header is handed out once. */
  take(url: string, method = 'GET'): PaymentHeaders | undefined {
    // Every request of a wrapped fetch asks: the common case costs one size check.
    if (this.#waiting.size === 0) return undefined;
    const key = requestKey(url);
    const payment = this.#find(key, method);
    if (payment) this.#waiting.delete(key);
    return payment?.headers;
  }

  /** Records that the paid request to `url` was refused (402 again, or a failed settlement). */
  recordRefusal(url: string, refusal: PaymentRefusal = {}): void {
    this.#refused.set(requestKey(url), { ...refusal });
  }

  /** Records that a paid request to `url` went through: an earlier refusal no longer applies. */
  recordSuccess(url: string): void {
    this.#refused.delete(requestKey(url));
  }

  /** The refusal of the last payment for `url`, until the request is paid again or succeeds. */
  refusalFor(url: string): PaymentRefusal | undefined {
    return this.#refused.get(requestKey(url));
  }

  #find(key: string, method: string | undefined): WaitingPayment | undefined {
    const payment = this.#waiting.get(key);
    if (!payment) return undefined;
    if (payment.expiresAt <= this.#now()) {
      // Signed payments expire; one that waited this long is dropped rather than sent late.
      this.#waiting.delete(key);
      return undefined;
    }
    if (method !== undefined && payment.method !== undefined && payment.method !== method.toUpperCase()) return undefined;
    return payment;
  }
}

/** The vault `withPayments` and the micropayment prompt share unless given another. */
export const defaultPaymentVault = new PaymentVault();
