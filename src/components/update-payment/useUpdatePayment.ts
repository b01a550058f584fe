import { useCallback, useState } from 'react';
import type { PaymentRequiredIncident } from '../../core/types';
import type { DeclineGuidanceKey, UpdatePaymentReason } from '../../messages/catalog';
import type { UpdatePaymentIntent } from '../../presentation/config';
import { usePaymentRequiredConfig } from '../../presentation/context';
import { safeHref } from '../shared/safeHref';
import { useHandlerAction, type HandlerActionStatus } from '../shared/useHandlerAction';
import { declineGuidanceFor, isRetryableDecline } from './declineGuidance';

/** The buttons of the update-payment modal that run something. */
export type UpdatePaymentAction = UpdatePaymentIntent | 'retry' | 'support';

/** Options of {@link useUpdatePayment}; handlers default to the provider's. */
export interface UseUpdatePaymentOptions {
  /** Open the app's billing portal or payment form; fulfil when done (`false`: the user cancelled). */
  onUpdatePayment?: (incident: PaymentRequiredIncident, intent: UpdatePaymentIntent) => unknown;
  /** Retry the payment; by default fulfilling at once, so `onResolved` re-runs what failed. */
  onRetry?: (incident: PaymentRequiredIncident) => unknown;
  /** Contact support; without it the incident's support link is offered. Never resolves the incident. */
  onContactSupport?: (incident: PaymentRequiredIncident) => unknown;
  /** Called when an update or retry succeeded (the provider's `resolve()` in the host). */
  onResolved?: () => void;
  /** The app renders its own payment form in the dialog: no update buttons. */
  hasPaymentForm?: boolean;
}

/** What the app's payment form receives through the `renderPaymentForm` slot. */
export interface PaymentFormSlotProps {
  incident: PaymentRequiredIncident;
  /** `renew` for an inactive subscription, `change-method` when the card itself cannot pay, else `update`. */
  intent: UpdatePaymentIntent;
  /** Call once the new payment method is saved: re-runs what failed and closes the dialog. */
  onSuccess: () => void;
  /** Call with the form's error: it is shown and the dialog stays open. */
  onError: (error: unknown) => void;
}

/** Props for an `ActionButton` running one of the modal's actions. */
export interface UpdatePaymentActionProps {
  action: UpdatePaymentAction;
  onClick: () => void;
  pending: boolean;
  disabled: boolean;
}

/** State of the update-payment modal and the props of its actions. */
export interface UpdatePaymentState {
  /** The reason as the modal shows it (other reasons show as `unknown`). */
  reason: UpdatePaymentReason;
  /** Advice for the decline code, when there is a known one. */
  guidance: DeclineGuidanceKey | undefined;
  /**
   * What the primary button does: `renew` for an inactive subscription, `change-method` when the
   * card itself cannot pay (not supported, limit reached), else `update`; `undefined` for
   * `unknown` (support comes first). One button: updating the method covers adding another one.
   */
  primaryIntent: UpdatePaymentIntent | undefined;
  /** The app can update the payment method (a handler was given). */
  canUpdate: boolean;
  /** Another payment method is a remedy here; the modal offers it through the primary action. */
  canChangeMethod: boolean;
  /** A retry can succeed (failed payments whose decline is not final, and `unknown`). */
  canRetry: boolean;
  canContactSupport: boolean;
  /** Sanitized links from the incident. */
  billingPortalHref: string | undefined;
  supportHref: string | undefined;
  status: HandlerActionStatus;
  pending: boolean;
  error: unknown;
  /** The action that is running or last ran. */
  activeAction: UpdatePaymentAction | undefined;
  /** Runs an action through its handler; ignored while one is pending. */
  run: (action: UpdatePaymentAction) => Promise<boolean>;
  getActionProps: (action: UpdatePaymentAction) => UpdatePaymentActionProps;
  /** For the `renderPaymentForm` slot. */
  formProps: PaymentFormSlotProps;
}

const UPDATE_REASONS: ReadonlySet<string> = new Set<UpdatePaymentReason>([
  'payment_method_required',
  'payment_method_invalid',
  'payment_failed',
  'subscription_inactive',
]);

// Declines where the card itself cannot pay, whatever is updated on it: the fix is another method.
const CHANGE_METHOD_GUIDANCE: ReadonlySet<DeclineGuidanceKey> = new Set<DeclineGuidanceKey>(['not_supported', 'limit']);

/** Maps a reason to the update modal's variants: any other reason is shown as `unknown`. */
export function toUpdatePaymentReason(reason: PaymentRequiredIncident['reason']): UpdatePaymentReason {
  return UPDATE_REASONS.has(reason) ? (reason as UpdatePaymentReason) : 'unknown';
}

/**
 * Headless state of the update-payment modal: which actions make sense for the reason and decline
 * code, their handlers (props, else the provider's), and one pending / error state for all of
 * them, so two handlers can never run at once.
 */
export function useUpdatePayment(
  incident: PaymentRequiredIncident,
  options: UseUpdatePaymentOptions = {},
): UpdatePaymentState {
  const config = usePaymentRequiredConfig();
  const onUpdatePayment =
    options.onUpdatePayment ?? (config?.has.onUpdatePayment ? config.handlers.onUpdatePayment : undefined);
  const onContactSupport =
    options.onContactSupport ?? (config?.has.onContactSupport ? config.handlers.onContactSupport : undefined);
  const { onRetry, onResolved, hasPaymentForm = false } = options;

  const reason = toUpdatePaymentReason(incident.reason);
  const guidance = reason === 'unknown' ? undefined : declineGuidanceFor(incident.declineCode, incident.code);
  const primaryIntent: UpdatePaymentIntent | undefined =
    reason === 'unknown'
      ? undefined
      : reason === 'subscription_inactive'
        ? 'renew'
        : guidance !== undefined && CHANGE_METHOD_GUIDANCE.has(guidance)
          ? 'change-method'
          : 'update';
  const canUpdate = onUpdatePayment !== undefined && !hasPaymentForm;

  const action = useHandlerAction(
    async (name: UpdatePaymentAction) => {
      if (name === 'support') {
        await onContactSupport?.(incident);
        return false; // contacting support does not fix the cause
      }
      if (name === 'retry') return onRetry?.(incident);
      return onUpdatePayment?.(incident, name);
    },
    { onFulfilled: onResolved },
  );

  const [formError, setFormError] = useState<unknown>(undefined);
  const [formFailed, setFormFailed] = useState(false);
  const onFormSuccess = useCallback(() => {
    setFormFailed(false);
    onResolved?.();
  }, [onResolved]);
  const onFormError = useCallback((error: unknown) => {
    setFormError(error);
    setFormFailed(true);
  }, []);

  const activeAction = action.args?.[0];
  const { run, pending } = action;
  const getActionProps = (name: UpdatePaymentAction): UpdatePaymentActionProps => ({
    action: name,
    onClick: () => void run(name),
    pending: pending && activeAction === name,
    disabled: pending && activeAction !== name,
  });

  const actionFailed = action.status === 'error';
  return {
    reason,
    guidance,
    primaryIntent,
    canUpdate,
    canChangeMethod: canUpdate && (reason === 'payment_method_invalid' || reason === 'payment_failed'),
    canRetry: (reason === 'payment_failed' && isRetryableDecline(guidance)) || reason === 'unknown',
    canContactSupport: onContactSupport !== undefined,
    billingPortalHref: safeHref(incident.links?.billingPortal),
    supportHref: safeHref(incident.links?.support),
    status: actionFailed || formFailed ? 'error' : action.status,
    pending,
    error: actionFailed ? action.error : formFailed ? formError : undefined,
    activeAction,
    run,
    getActionProps,
    formProps: {
      incident,
      intent: primaryIntent ?? 'update',
      onSuccess: onFormSuccess,
      onError: onFormError,
    },
  };
}
