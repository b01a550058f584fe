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
import { isRedundantMessage } from '../shared/redundantText';
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
 * The prompt for `micropayment_required` (x402, L402 …): one "Pay {amount}" action handing the
 * request to the app's `onPay` (the amount, with its currency or token, said there only), and the
 * network, recipient and resource as details.
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
  const showsPay = state.canPay || state.paid;
  const title = t(state.failed ? 'payment_failed.title' : 'micropayment.title');
  const lead = state.failed ? t('payment_failed.description') : amount ? t('micropayment.description', { amount }) : description;
  // The server's words (its refusal, or what the request is for) only when they add something.
  const serverWords = state.failed ? refusal : amount ? description : undefined;
  const serverMessage = serverWords && !isRedundantMessage(serverWords, [title, lead]) ? serverWords : undefined;
  // The amount is said once: on the button that pays it, else (continuing a payment already
  // made, nothing to press) as the details' first row. `{amount}` stays available to app copy.
  const amountOnButton = showsPay && !state.canContinue && amount !== undefined;

  const actions = (
    <>
      {showsPay ? (
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
            : amountOnButton
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
      <DialogTitle>{title}</DialogTitle>
      {lead ? <DialogDescription>{lead}</DialogDescription> : null}
      {serverMessage ? <ServerMessage>{serverMessage}</ServerMessage> : null}
      {request ? <MicropaymentDetails request={request} amount={amountOnButton ? undefined : amount} /> : null}
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
