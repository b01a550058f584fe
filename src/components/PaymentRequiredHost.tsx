import { memo, useCallback, type ReactNode } from 'react';
import { usePaymentRequired, usePaymentRequiredActions, type PaymentRequiredState } from '../react/usePaymentRequired';
import { MicropaymentPrompt } from './micropayment/MicropaymentPrompt';
import { PlanUpgradePrompt } from './plan-upgrade/PlanUpgradePrompt';
import { QuotaCountdown } from './quota/QuotaCountdown';
import { UpdatePaymentModal } from './update-payment/UpdatePaymentModal';
import type { PaymentFormSlotProps } from './update-payment/useUpdatePayment';

/** Props of {@link PaymentRequiredHost} (the provider renders it without any). */
export interface PaymentRequiredHostProps {
  /** The app's own payment form inside the update-payment modal (see `UpdatePaymentModal`). */
  renderPaymentForm?: (props: PaymentFormSlotProps) => ReactNode;
}

const selectEntry = (state: PaymentRequiredState) => state.entry;

/**
 * Shows the prebuilt UI for the open incident: the update-payment modal for payment reasons and
 * `unknown`, the upgrade prompt, the quota countdown (modal) or the micropayment prompt. Closing
 * dismisses the incident, success resolves it. Renders nothing while no incident is open, and
 * re-renders only when the open incident changes.
 */
export const PaymentRequiredHost = memo(function PaymentRequiredHost({ renderPaymentForm }: PaymentRequiredHostProps) {
  const entry = usePaymentRequired(selectEntry);
  const { resolve, dismiss } = usePaymentRequiredActions();
  const id = entry?.id;
  const onResolved = useCallback(() => {
    if (id) void resolve(id);
  }, [resolve, id]);
  const onOpenChange = useCallback(
    (open: boolean) => {
      if (!open && id) dismiss(id);
    },
    [dismiss, id],
  );
  if (!entry) return null;

  const { incident } = entry;
  const shared = { incident, open: true, onOpenChange, onResolved, blockedCount: entry.blocked.length };
  switch (incident.reason) {
    case 'upgrade_required':
      return <PlanUpgradePrompt key={entry.id} {...shared} />;
    case 'quota_exceeded':
      return <QuotaCountdown key={entry.id} {...shared} variant="modal" />;
    case 'micropayment_required':
    case 'payment_failed':
      // A refused per-request payment stays in the micropayment prompt, where paying again is a
      // new click; card failures carry no `micropayment` and fall through to the card modal.
      if (incident.micropayment) return <MicropaymentPrompt key={entry.id} {...shared} />;
      break;
  }
  // Payment reasons, `unknown`, and a micropayment challenge that could not be read.
  return <UpdatePaymentModal key={entry.id} {...shared} renderPaymentForm={renderPaymentForm} />;
});
