import { useEffect, useRef, useSyncExternalStore } from 'react';
import { holdPaymentForRetry, paymentTargetOf, paymentUrlOf } from '../../core/micropayment/paymentHeaders';
import { asksPrice, withPrice } from '../../core/micropayment/paymentPrice';
import { defaultPaymentVault, type PaymentRefusal, type PaymentVault } from '../../core/micropayment/paymentVault';
import type { MicropaymentRequest, PaymentRequiredIncident } from '../../core/types';
import { usePaymentRequiredConfig } from '../../presentation/context';
import { useHandlerAction, type HandlerActionStatus } from '../shared/useHandlerAction';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';

/** Options of {@link useMicropayment}; the handler defaults to the provider's `onPay`. */
export interface UseMicropaymentOptions {
  /**
   * Pay the request with the app's wallet or client; the library signs nothing. Fulfil with the
   * payment header's value (or `{ headers }`) for the retry to carry through a fetch wrapped with
   * `withPayments`, with nothing when the app attached it itself, or with `false` when the user
   * cancelled. See `MicropaymentPayResult`.
   */
  onPay?: (request: MicropaymentRequest, incident: PaymentRequiredIncident) => unknown;
  /** Called once paid: re-runs the request (the provider's `resolve()` in the host). */
  onResolved?: () => void;
  /** Where the payment header waits for the retry; the one `withPayments` uses by default. */
  vault?: PaymentVault;
}

/** State of the micropayment prompt. */
export interface MicropaymentState {
  /**
   * What the prompt shows, at the price `pay()` pays: the incident's request, or, when a payment
   * made for another price waits for this request (`priceChanged`), that payment's price.
   */
  request: MicropaymentRequest | undefined;
  /** A request and a handler exist, and the request is not paid yet. */
  canPay: boolean;
  /** The request was already paid (by this or another prompt on the page). */
  paid: boolean;
  /**
   * A payment for this request (method + URL) waits for its retry: `pay()` re-runs the request
   * with it instead of paying again ("Continue").
   */
  canContinue: boolean;
  /**
   * The payment waiting for this request was made for another price (amount, asset, network,
   * recipient …) than the incident asks: `request` shows the price it was made for, which
   * "Continue" sends. The server may refuse it; paying its new price is then a new click.
   */
  priceChanged: boolean;
  /**
   * The last payment for this request did not go through: the server refused or could not settle
   * it (the incident is `payment_failed`, or the paid retry was answered with a 402 again).
   */
  failed: boolean;
  /** What the server said about the refused payment, when it said something. */
  refusal: PaymentRefusal | undefined;
  /**
   * The refused payment's incident carries no new payment requirements: the request must be
   * tried again unpaid (with `onResolved`) to get a fresh price before paying.
   */
  needsFreshChallenge: boolean;
  status: HandlerActionStatus;
  pending: boolean;
  error: unknown;
  /**
   * Runs `onPay` once per request (method + URL): ignored while a payment for it runs on any
   * prompt; with a payment waiting for the request, re-runs it with that payment instead.
   */
  pay: () => Promise<boolean>;
}

// Without a request URL there is no key shared across prompts: the request object is the guard.
const claimedRequests = new WeakSet<MicropaymentRequest>();
// Requests paid by an app that attached the payment itself (nothing waits in the vault).
const paidRequests = new WeakSet<MicropaymentRequest>();
// A claim for a URL whose method withPayments could not tell: it blocks every method of the URL.
const ANY_METHOD = '*';

/**
 * Headless state of the micropayment prompt: what is asked, and a pay action that runs `onPay`
 * at most once per blocked request (method + URL), across every prompt on the page, closed or
 * open. A payment that completes is always used: its request is re-run even if the prompt was
 * closed meanwhile, and a prompt opened while it waits offers to continue with it.
 */
export function useMicropayment(
  incident: PaymentRequiredIncident,
  options: UseMicropaymentOptions = {},
): MicropaymentState {
  const config = usePaymentRequiredConfig();
  const onPay = options.onPay ?? (config?.has.onPay ? config.handlers.onPay : undefined);
  const vault = options.vault ?? defaultPaymentVault;
  const request = incident.micropayment;
  const url = paymentUrlOf(incident);
  const target = paymentTargetOf(incident, vault);
  const claimTarget = target ? { url: target.url, method: target.method ?? ANY_METHOD } : undefined;
  const vaultStatus = useSyncExternalStore(
    vault.subscribe,
    () => (claimTarget ? vault.statusOf(claimTarget) : undefined),
    () => undefined,
  );
  const waitingPrice = useSyncExternalStore(
    vault.subscribe,
    () => (claimTarget ? vault.waitingPriceOf(claimTarget) : undefined),
    () => undefined,
  );

  // The re-run of a payment that completed after its prompt closed is still owed to the user.
  const latestResolved = useRef(options.onResolved);
  const mounted = useRef(false);
  useIsomorphicLayoutEffect(() => {
    latestResolved.current = options.onResolved;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const action = useHandlerAction(
    async (target: MicropaymentRequest) => {
      if (!onPay) return false;
      if (claimTarget) {
        // Paid from another prompt and waiting for its retry: re-run the request with it.
        if (vault.statusOf(claimTarget) === 'waiting') return true;
        if (!vault.claim(claimTarget)) return false;
      } else {
        if (claimedRequests.has(target)) return false;
        claimedRequests.add(target);
      }
      const release = () => (claimTarget ? vault.unclaim(claimTarget) : claimedRequests.delete(target));
      let held: boolean;
      try {
        const result = await onPay(target, incident);
        if (result === false) {
          release();
          return false;
        }
        held = holdPaymentForRetry(incident, result, vault);
      } catch (error) {
        // Nothing was sent: the header (if any) never left the page, so paying again is safe.
        release();
        throw error;
      }
      if (!held) {
        // The app attached the payment itself: nothing waits in the vault, the re-run below uses it.
        paidRequests.add(target);
        release();
      }
      if (!mounted.current) latestResolved.current?.();
      return true;
    },
    { onFulfilled: options.onResolved },
  );
  const { run } = action;
  const waiting = vaultStatus === 'waiting';
  // "Continue" sends the waiting payment: show the price it was made for, never the new one.
  const priceChanged = waiting && request !== undefined && waitingPrice !== undefined && !asksPrice(request, waitingPrice);
  const shown = priceChanged ? withPrice(request, waitingPrice) : request;
  const paid = waiting || (request !== undefined && paidRequests.has(request));
  const refusal = url ? vault.refusalFor(url) : undefined;
  const failed = incident.reason === 'payment_failed' || refusal !== undefined;
  // A settlement failure alone (v2 `PAYMENT-RESPONSE` on an empty body) says nothing of what to pay.
  const hasRequirements = request !== undefined && (request.options.length > 0 || request.amount !== undefined);
  const needsFreshChallenge = failed && !hasRequirements && !waiting;
  const pending = action.pending || vaultStatus === 'paying';

  return {
    request: shown,
    canPay: request !== undefined && onPay !== undefined && !paid && !needsFreshChallenge,
    paid,
    canContinue: waiting && onPay !== undefined,
    priceChanged,
    failed,
    refusal,
    needsFreshChallenge,
    status: pending ? 'pending' : action.status,
    pending,
    error: action.error,
    pay: () => (request ? run(request) : Promise.resolve(false)),
  };
}
