import { holdPaymentForRetry, paymentUrlOf } from '../../core/micropayment/paymentHeaders';
import { defaultPaymentVault, type PaymentRefusal, type PaymentVault } from '../../core/micropayment/paymentVault';
import type { MicropaymentRequest, PaymentRequiredIncident } from '../../core/types';
import { usePaymentRequiredConfig } from '../../react/context';
import { useHandlerAction, type HandlerActionStatus } from '../shared/useHandlerAction';

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
  request: MicropaymentRequest | undefined;
  /** A request and a handler exist, and the request is not paid yet. */
  canPay: boolean;
  /** The request was already paid (by this or another prompt on the page). */
  paid: boolean;
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
  /** Runs `onPay` once per request: ignored while it runs or after it succeeded, on any prompt. */
  pay: () => Promise<boolean>;
}

// Requests being paid or paid, across every prompt on the page: one request is never paid twice,
// even if its prompt is closed and opened again while the payment runs. A refused payment comes
// back as a new incident (a new request object), so paying again is always a new click.
const claimedRequests = new WeakSet<MicropaymentRequest>();
// Requests whose payment succeeded: their prompts show a paid state instead of a live button.
const paidRequests = new WeakSet<MicropaymentRequest>();

/** Headless state of the micropayment prompt: what is asked and a pay action that can run only once per request. */
export function useMicropayment(
  incident: PaymentRequiredIncident,
  options: UseMicropaymentOptions = {},
): MicropaymentState {
  const config = usePaymentRequiredConfig();
  const onPay = options.onPay ?? (config?.has.onPay ? config.handlers.onPay : undefined);
  const vault = options.vault ?? defaultPaymentVault;
  const request = incident.micropayment;
  const url = paymentUrlOf(incident);

  const action = useHandlerAction(
    async (target: MicropaymentRequest) => {
      if (!onPay || claimedRequests.has(target)) return false;
      // A payment for this request already waits for its retry (paid from another prompt):
      // re-run the request with it instead of paying again.
      if (url && vault.has(url)) return true;
      claimedRequests.add(target);
      try {
        const result = await onPay(target, incident);
        if (result === false) {
          claimedRequests.delete(target);
          return false;
        }
        holdPaymentForRetry(incident, result, vault);
        paidRequests.add(target);
        return true;
      } catch (error) {
        // Nothing was sent: the header (if any) never left the page, so paying again is safe.
        claimedRequests.delete(target);
        throw error;
      }
    },
    { onFulfilled: options.onResolved },
  );
  const { run } = action;
  const paid = request !== undefined && paidRequests.has(request);
  const refusal = url ? vault.refusalFor(url) : undefined;
  const failed = incident.reason === 'payment_failed' || refusal !== undefined;
  // A settlement failure alone (v2 `PAYMENT-RESPONSE` on an empty body) says nothing of what to pay.
  const hasRequirements = request !== undefined && (request.options.length > 0 || request.amount !== undefined);
  const needsFreshChallenge = failed && !hasRequirements;

  return {
    request,
    canPay: request !== undefined && onPay !== undefined && !paid && !needsFreshChallenge,
    paid,
    failed,
    refusal,
    needsFreshChallenge,
    status: action.status,
    pending: action.pending,
    error: action.error,
    pay: () => (request ? run(request) : Promise.resolve(false)),
  };
}
