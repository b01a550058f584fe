import type { MicropaymentRequest, PaymentRequiredIncident } from '../../core/types';
import { usePaymentRequiredConfig } from '../../react/context';
import { useHandlerAction, type HandlerActionStatus } from '../shared/useHandlerAction';

/** Options of {@link useMicropayment}; the handler defaults to the provider's `onPay`. */
export interface UseMicropaymentOptions {
  /** Pay the request with the app's wallet or client; fulfil when paid (`false`: cancelled). The library signs nothing. */
  onPay?: (request: MicropaymentRequest, incident: PaymentRequiredIncident) => unknown;
  /** Called once paid: re-runs the request (the provider's `resolve()` in the host). */
  onResolved?: () => void;
}

/** State of the micropayment prompt. */
export interface MicropaymentState {
  request: MicropaymentRequest | undefined;
  /** A request and a handler exist, and the request is not paid yet. */
  canPay: boolean;
  /** The request was already paid (by this or another prompt on the page). */
  paid: boolean;
  status: HandlerActionStatus;
  pending: boolean;
  error: unknown;
  /** Runs `onPay` once per request: ignored while it runs or after it succeeded, on any prompt. */
  pay: () => Promise<boolean>;
}

// Requests being paid or paid, across every prompt on the page: one request is never paid twice,
// even if its prompt is closed and opened again while the payment runs.
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
  const request = incident.micropayment;

  const action = useHandlerAction(
    async (target: MicropaymentRequest) => {
      if (!onPay || claimedRequests.has(target)) return false;
      claimedRequests.add(target);
      try {
        const result = await onPay(target, incident);
        if (result === false) claimedRequests.delete(target);
        else paidRequests.add(target);
        return result;
      } catch (error) {
        claimedRequests.delete(target);
        throw error;
      }
    },
    { onFulfilled: options.onResolved },
  );
  const { run } = action;
  const paid = request !== undefined && paidRequests.has(request);

  return {
    request,
    canPay: request !== undefined && onPay !== undefined && !paid,
    paid,
    status: action.status,
    pending: action.pending,
    error: action.error,
    pay: () => (request ? run(request) : Promise.resolve(false)),
  };
}
