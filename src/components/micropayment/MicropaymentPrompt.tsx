import type { PaymentRequiredIncident } from '../../core/types';
import { useMessages } from '../../messages/useMessages';
import { DialogDescription } from '../dialog/DialogDescription';
import { DialogTitle } from '../dialog/DialogTitle';
import type { PromptStateOptions } from '../dialog/usePromptState';
import { ActionButton } from '../shared/ActionButton';
import { HandlerError } from '../shared/HandlerError';
import { HandlerStatus } from '../shared/HandlerStatus';
import { usePart } from '../shared/parts';
import type { PresentationProps } from '../shared/presentationProps';
import { PromptShell, type PromptPart } from '../shared/PromptShell';
import { ServerMessage } from '../shared/ServerMessage';
import { useIncidentControls } from '../shared/useIncidentControls';
import { MicropaymentDetails } from './MicropaymentDetails';
import { formatMicropaymentAmount } from './micropaymentDisplay';
import { useMicropayment, type UseMicropaymentOptions } from './useMicropayment';

/** Parts of the micropayment prompt, for `classNames`. */
export type MicropaymentPart = PromptPart | 'panel' | 'message' | 'details' | 'detail-label' | 'detail-value';

/** Props of {@link MicropaymentPrompt}. */
export interface MicropaymentPromptProps extends UseMicropaymentOptions, PromptStateOptions, PresentationProps<MicropaymentPart> {
  /** A `micropayment_required` incident (its `micropayment` is what is asked). */
  incident: PaymentRequiredIncident;
  variant?: 'modal' | 'inline';
}

/**
 * The prompt for `micropayment_required` (x402, L402 …): the amount with its currency or token,
 * network, recipient and resource, and one "Pay" action handing the request to the app's `onPay`.
 * The library signs nothing; the button is disabled while paying and a request (method + URL) is
 * paid once. A payment that already waits for the request is offered as "Continue", never paid again.
 * A refused payment (`payment_failed`, or a 402 again after paying) is shown as such, with the
 * server's reason; paying again takes a new click.
 */
export function MicropaymentPrompt(props: MicropaymentPromptProps) {
  const { incident, variant = 'modal' } = props;
  const messages = useMessages({ locale: props.locale, messages: props.messages });
  const controls = useIncidentControls(incident, props);
  const state = useMicropayment(incident, { onPay: props.onPay, onResolved: controls.onResolved, vault: props.vault });
  const { t } = messages;
  const { request } = state;
  const amount = request ? formatMicropaymentAmount(request, messages) : undefined;
  const description = request?.description?.trim();
  const refusal = state.failed ? (state.refusal?.errorMessage ?? state.refusal?.errorReason ?? incident.message) : undefined;
  // After a refused payment, "Try again" re-runs the request unpaid to get a fresh price; paying
  // again is always the user's own click on "Pay", never automatic.
  const onTryAgain = state.needsFreshChallenge ? controls.onResolved : undefined;

  const actions = (
    <>
      {state.canPay || state.paid ? (
        <ActionButton
          action="pay"
          primary
          initialFocus
          pending={state.pending}
          disabled={state.paid && !state.canContinue}
          onClick={() => void state.pay()}
        >
          {state.canContinue
            ? t('micropayment.continue')
            : amount
              ? t('action.pay', { amount })
              : t(state.failed ? 'action.retryPayment' : 'micropayment.title')}
        </ActionButton>
      ) : onTryAgain ? (
        <ActionButton action="retry" primary initialFocus onClick={onTryAgain}>
          {t('action.tryAgain')}
        </ActionButton>
      ) : null}
    </>
  );

  return (
    <PromptShell
      prompt={props}
      messages={messages}
      controls={controls}
      state={state}
      variant={variant}
      reason={incident.reason}
      payment={state.failed ? 'refused' : undefined}
      actions={actions}
    >
      <DialogTitle>{t(state.failed ? 'payment_failed.title' : 'micropayment.title')}</DialogTitle>
      {state.failed ? (
        <DialogDescription>{t('payment_failed.description')}</DialogDescription>
      ) : amount ? (
        <DialogDescription>{t('micropayment.description', { amount })}</DialogDescription>
      ) : description ? (
        <DialogDescription>{description}</DialogDescription>
      ) : null}
      {refusal ? <ServerMessage>{refusal}</ServerMessage> : null}
      {!state.failed && amount && description ? <ServerMessage>{description}</ServerMessage> : null}
      {request ? <MicropaymentDetails request={request} amount={amount} /> : null}
      <HandlerError error={state.error} failed={state.status === 'error'} />
      <HandlerStatus pending={state.pending} />
      {state.paid ? <PaidNotice>{t('micropayment.paid')}</PaidNotice> : null}
    </PromptShell>
  );
}

/** "Already paid": a visible status instead of a live "Pay" button for a request paid on this page. */
function PaidNotice({ children }: { children: string }) {
  return (
    <p role="status" {...usePart('message', undefined, 'paid')}>
      {children}
    </p>
  );
}
