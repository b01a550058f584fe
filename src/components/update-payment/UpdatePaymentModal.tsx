import type { ReactNode } from 'react';
import type { PaymentRequiredIncident } from '../../core/types';
import { useMessages } from '../../messages/useMessages';
import { DialogDescription } from '../dialog/DialogDescription';
import { DialogTitle } from '../dialog/DialogTitle';
import type { PromptStateOptions } from '../dialog/usePromptState';
import { ActionButton } from '../shared/ActionButton';
import { ActionLink } from '../shared/ActionLink';
import { BlockedNotice } from '../shared/BlockedNotice';
import { HandlerError } from '../shared/HandlerError';
import { HandlerStatus } from '../shared/HandlerStatus';
import type { PresentationProps } from '../shared/presentationProps';
import { PromptShell, type PromptPart } from '../shared/PromptShell';
import { isRedundantMessage } from '../shared/redundantText';
import { ServerMessage } from '../shared/ServerMessage';
import { useIncidentControls } from '../shared/useIncidentControls';
import { CardOnFile } from './CardOnFile';
import { PaymentFormSlot } from './PaymentFormSlot';
import { PaymentGuidance } from './PaymentGuidance';
import {
  useUpdatePayment,
  type PaymentFormSlotProps,
  type UpdatePaymentState,
  type UseUpdatePaymentOptions,
} from './useUpdatePayment';

/** Parts of the update-payment modal, for `classNames`. */
export type UpdatePaymentPart =
  | PromptPart
  | 'guidance'
  | 'message'
  | 'card'
  | 'card-label'
  | 'card-brand'
  | 'card-number'
  | 'card-expiry'
  | 'form'
  | 'blocked';

/** Props of {@link UpdatePaymentModal}. */
export interface UpdatePaymentModalProps extends Omit<UseUpdatePaymentOptions, 'hasPaymentForm'>, PromptStateOptions, PresentationProps<UpdatePaymentPart> {
  /** The incident to show: `payment_method_required`, `payment_method_invalid`, `payment_failed`, `subscription_inactive`; any other shows the generic variant. */
  incident: PaymentRequiredIncident;
  /**
   * Renders the app's own payment form in the dialog instead of the update buttons, e.g.
   * `({ onSuccess, onError }) => <StripeUpdateForm onSaved={onSuccess} onFailed={onError} />`.
   */
  renderPaymentForm?: (props: PaymentFormSlotProps) => ReactNode;
  /** How many queries and mutations wait on the incident (tells the user they will finish). */
  blockedCount?: number;
  /**
   * Show the server's own message under the guidance, as a quoted detail, when it adds something:
   * a message that shares a three-word phrase with the title, description or guidance, or only
   * states the status, is left out. Default `true`.
   */
  showServerMessage?: boolean;
}

/**
 * The modal for payment problems: a reason-specific title and text with advice for the decline
 * code, the card on file, and the actions that can fix it: one primary (add, update or renew the
 * method, or use a different one when the card itself cannot pay), "Retry payment" where a retry
 * can work, and support and dismiss as quiet actions. A handler's promise shows progress; a rejection shows its error and
 * keeps the dialog open; a fulfilment resolves the incident.
 */
export function UpdatePaymentModal(props: UpdatePaymentModalProps) {
  const { incident, renderPaymentForm, blockedCount = 0, showServerMessage = true } = props;
  const messages = useMessages({ locale: props.locale, messages: props.messages });
  const controls = useIncidentControls(incident, props);
  const state = useUpdatePayment(incident, {
    ...props,
    onResolved: controls.onResolved,
    hasPaymentForm: renderPaymentForm !== undefined,
  });
  const { t } = messages;
  const { reason, primaryIntent } = state;
  const primaryLabel = t(
    primaryIntent === 'renew'
      ? 'action.renew'
      : primaryIntent === 'change-method'
        ? 'action.changeMethod'
        : reason === 'payment_method_required'
          ? 'action.addPayment'
          : 'action.updatePayment',
  );
  const supportFirst = primaryIntent === undefined;
  const title = t(`${reason}.title`);
  const description = t(`${reason}.description`);
  const guidance = state.guidance ? t(`decline.${state.guidance}`) : undefined;
  // The server's words only when they say something the dialog does not already say.
  const serverMessage =
    showServerMessage && !isRedundantMessage(incident.message, [title, description, guidance]) ? incident.message : undefined;

  const actions = (
    <>
      {primaryIntent && state.canUpdate ? (
        <ActionButton primary initialFocus {...state.getActionProps(primaryIntent)}>
          {primaryLabel}
        </ActionButton>
      ) : primaryIntent && !renderPaymentForm ? (
        <ActionLink primary initialFocus action="billing-portal" href={state.billingPortalHref}>
          {primaryLabel}
        </ActionLink>
      ) : null}
      {supportFirst ? <SupportAction state={state} label={t('action.contactSupport')} primary /> : null}
      {state.canRetry ? (
        <ActionButton {...state.getActionProps('retry')}>
          {t(reason === 'unknown' ? 'action.tryAgain' : 'action.retryPayment')}
        </ActionButton>
      ) : null}
      {supportFirst ? null : <SupportAction state={state} label={t('action.contactSupport')} />}
    </>
  );

  return (
    <PromptShell prompt={props} messages={messages} controls={controls} state={state} reason={reason} actions={actions}>
      <DialogTitle>{title}</DialogTitle>
      <DialogDescription>
        {description}
        {guidance ? (
          <>
            {' '}
            <PaymentGuidance>{guidance}</PaymentGuidance>
          </>
        ) : null}
      </DialogDescription>
      {serverMessage ? <ServerMessage>{serverMessage}</ServerMessage> : null}
      {incident.paymentMethod ? <CardOnFile paymentMethod={incident.paymentMethod} /> : null}
      {renderPaymentForm ? <PaymentFormSlot>{renderPaymentForm(state.formProps)}</PaymentFormSlot> : null}
      <BlockedNotice count={blockedCount} />
      <HandlerError error={state.error} failed={state.status === 'error'} />
      <HandlerStatus pending={state.pending} />
    </PromptShell>
  );
}

interface SupportActionProps {
  state: UpdatePaymentState;
  label: string;
  primary?: boolean;
}

/** Contact support: the app's handler when given, else the incident's support link, else nothing. */
function SupportAction({ state, label, primary }: SupportActionProps) {
  if (state.canContactSupport) {
    return (
      <ActionButton primary={primary} initialFocus={primary} {...state.getActionProps('support')}>
        {label}
      </ActionButton>
    );
  }
  return (
    <ActionLink primary={primary} initialFocus={primary} action="support" href={state.supportHref}>
      {label}
    </ActionLink>
  );
}
