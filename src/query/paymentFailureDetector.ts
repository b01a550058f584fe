import type { FailureExtractor } from '../core/extract';
import type { ParseOptions } from '../core/parse/options';
import { acceptedOptions, findPaymentFailure } from '../core/paymentFailure';
import type { PaymentRequiredIncident, PaymentRequiredInput } from '../core/types';
import { loadedOnDemand, loadOnDemand, protocolReaders, type OnDemand } from './lazyParser';

const noop = () => {};

/** The options detection follows: those of the connection that applies, when there is one. */
export interface DetectionSettings {
  parseOptions?: ParseOptions;
  extractors?: readonly FailureExtractor[];
}

/**
 * Which errors are payment failures, and their incidents: the one decision the cache listeners,
 * the retry rule and `toIncident` share. The settings are asked at each decision, never copied,
 * so a connection's options object stays the single place they live.
 */
export class PaymentFailureDetector {
  readonly #settings: () => DetectionSettings | undefined;

  constructor(settings: () => DetectionSettings | undefined) {
    this.#settings = settings;
  }

  get #parseOptions(): ParseOptions {
    return this.#settings()?.parseOptions ?? {};
  }

  get #extractors(): readonly FailureExtractor[] {
    return this.#settings()?.extractors ?? [];
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

  /** Parses with what has loaded: `undefined` until the parser has (or a per-request payment's readers). */
  #parseNow(failure: PaymentRequiredInput): PaymentRequiredIncident | null | undefined {
    return loadedOnDemand()?.parseLoaded(failure, this.#optionsFor(failure), protocolReaders);
  }

  /** Parses once the parser, and the per-request payment readers when the response needs them, have loaded. */
  async #parse(failure: PaymentRequiredInput): Promise<PaymentRequiredIncident | null> {
    return (await loadOnDemand()).parseOnDemand(failure, this.#optionsFor(failure), protocolReaders);
  }

  /**
   * Turns an error into an incident, or `null` when it is not a 402 (or an opted-in status with
   * a billing signal). Async because the parser is loaded on demand.
   */
  async toIncident(error: unknown): Promise<PaymentRequiredIncident | null> {
    const failure = this.#candidate(error);
    return failure ? this.#parse(failure) : null;
  }

  /**
   * The retry decision is synchronous: a 402 needs no parsing; another opted-in status counts
   * only when its body says payment, which takes the parser (and, for a per-request payment, its
   * readers); until they have loaded such an error keeps the app's own retry rule.
   */
  isPaymentRequired(error: unknown): boolean {
    const failure = this.#candidate(error);
    if (!failure) return false;
    return failure.status === 402 || this.#parseNow(failure) != null;
  }

  /**
   * Parses `error` and hands its incident to `report`, with the on-demand chunk that parsed it
   * (replay keys and re-runs live there too): at once when the chunk is in memory (the usual
   * case), else once it has loaded (with the per-request payment readers, when the response needs
   * them) and only if the failure still stands.
   */
  report(
    error: unknown,
    stillFailing: () => boolean,
    report: (incident: PaymentRequiredIncident, onDemand: OnDemand) => void,
  ): void {
    const failure = this.#candidate(error);
    if (!failure) return;
    const now = loadedOnDemand();
    const incident = this.#parseNow(failure);
    if (now && incident !== undefined) {
      if (incident) report(incident, now);
      return;
    }
    loadOnDemand()
      .then(async (onDemand) => {
        const later = await this.#parse(failure);
        if (later && stillFailing()) report(later, onDemand);
      })
      .catch(noop);
  }
}
