import { memo, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { PaymentRequiredIncident } from '../core/types';
import { cleanText } from '../core/text';
import type { IncidentEntry } from '../core/store';
import { summarizeIncident } from '../core/events';
import { usePaymentRequiredClient, usePaymentRequiredConfig } from '../presentation/context';
import { usePaymentRequired, usePaymentRequiredActions, type PaymentRequiredState } from '../presentation/usePaymentRequired';
import { preloadCatalogue } from '../messages/catalogueChunks';
import { useMessages } from '../messages/useMessages';
import { PromptBoundary } from './PromptBoundary';
import { DialogExitContext } from './dialog/exitContext';
import { EXIT_FALLBACK_MS } from './dialog/useExitTransition';
import { useIsomorphicLayoutEffect } from './shared/useIsomorphicLayoutEffect';
import { primeFirstDialog } from './dialog/primeFirstDialog';
import { MicropaymentPromptOnDemand } from './micropayment/MicropaymentPromptOnDemand';
import { PlanUpgradePrompt } from './plan-upgrade/PlanUpgradePrompt';
import { QuotaCountdown } from './quota/QuotaCountdown';
import { UpdatePaymentModal } from './update-payment/UpdatePaymentModal';
import { warmUpPrompts } from './warmUpPrompts';
import type { PaymentFormSlotProps } from './update-payment/useUpdatePayment';

/** Props of {@link PaymentRequiredHost} (placed by hand, it needs none). */
export interface PaymentRequiredHostProps {
  /** The app's own payment form inside the update-payment modal (see `UpdatePaymentModal`). */
  renderPaymentForm?: (props: PaymentFormSlotProps) => ReactNode;
  /**
   * Called once the host shows nothing after an incident closed: its prompt, kept mounted with
   * `open={false}` while its exit motion played, has gone (at once under reduced motion). The
   * provider unmounts its automatic host then.
   */
  onExitComplete?: () => void;
}

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const selectEntry = (state: PaymentRequiredState) => state.entry;

// Incidents whose prompt already failed, per store: reported once even if the host remounts.
const reportedFailures = new WeakMap<object, Set<string>>();

/**
 * The incident as the generic dialog shows it after the real prompt threw: only what cannot
 * have caused the error (the status, codes and support link), no server text, card or plans.
 */
function genericIncident(incident: PaymentRequiredIncident): PaymentRequiredIncident {
  const support = incident.links?.support;
  return {
    reason: 'unknown',
    status: incident.status,
    format: incident.format,
    code: incident.code,
    url: incident.url,
    links: typeof support === 'string' ? { support } : {},
    raw: incident.raw,
  };
}

function describeError(error: unknown): { name: string; message: string } {
  const record = typeof error === 'object' && error !== null ? (error as { name?: unknown; message?: unknown }) : {};
  return {
    name: cleanText(record.name, 100) ?? typeof error,
    message: cleanText(record.message ?? (typeof error === 'string' ? error : undefined), 300) ?? '',
  };
}

/**
 * Shows the prebuilt UI for the open incident: the update-payment modal for payment reasons and
 * `unknown`, the upgrade prompt, the quota countdown (modal) or the micropayment prompt. Closing
 * dismisses the incident, success resolves it. Renders nothing while no incident is open (a closed
 * incident's prompt stays, closed and inert, while its exit motion plays), and re-renders only when
 * the open incident changes.
 *
 * Never takes the app down: a prompt that throws while rendering is replaced by the generic
 * dialog (support contact, "Try again", "Not now"), reported once as a `render_failed` event to
 * `onIncident` (and to the console in development); if that dialog throws too, nothing is shown.
 */
export const PaymentRequiredHost = memo(function PaymentRequiredHost({ renderPaymentForm, onExitComplete }: PaymentRequiredHostProps) {
  const current = usePaymentRequired(selectEntry);
  // The incident that just closed keeps its prompt, closed, while the prompt's exit motion plays;
  // a new incident replaces it at once, and the store (replay, resolve) never waits for it.
  const [closing, setClosing] = useState<IncidentEntry>();
  const [previous, setPrevious] = useState(current);
  if (previous !== current) {
    setPrevious(current);
    setClosing(!current && previous && !prefersReducedMotion() ? previous : undefined);
  }
  const entry = current ?? closing;
  const isIdle = !entry;
  const endExit = useCallback(() => setClosing(undefined), []);
  useIsomorphicLayoutEffect(() => {
    if (isIdle) onExitComplete?.();
  }, [isIdle, onExitComplete]);
  // A prompt that renders no dialog (its error boundary showed nothing) never reports an end.
  useEffect(() => {
    if (!closing) return;
    const fallback = setTimeout(endExit, 2 * EXIT_FALLBACK_MS);
    return () => clearTimeout(fallback);
  }, [closing, endExit]);
  const { resolve, dismiss } = usePaymentRequiredActions();
  const store = usePaymentRequiredClient('PaymentRequiredHost').store;
  const reportEvent = usePaymentRequiredConfig()?.reportEvent;
  const id = entry?.id;
  // A host placed by hand mounts with the app: ready its fonts, formatters and prompts, and fetch
  // its language's catalogue (`useMessages` requests it), while nothing is open yet.
  useEffect(() => primeHost(), []);
  useMessages();
  const onResolved = useCallback(() => {
    if (id) void resolve(id);
  }, [resolve, id]);
  const onOpenChange = useCallback(
    (open: boolean) => {
      if (!open && id) dismiss(id);
    },
    [dismiss, id],
  );
  const onPromptError = useCallback(
    (error: unknown, failed: IncidentEntry) => {
      const reported = reportedFailures.get(store) ?? new Set<string>();
      reportedFailures.set(store, reported);
      if (reported.has(failed.id)) return;
      reported.add(failed.id);
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
        console.error('[react-payment-required] the prompt for this incident failed to render; the generic dialog is shown instead:', error);
      }
      try {
        reportEvent?.({
          type: 'render_failed',
          id: failed.id,
          incident: summarizeIncident(failed.incident),
          blocked: failed.blocked.length,
          at: Date.now(),
          error: describeError(error),
        });
      } catch {
        // The app's monitoring callback threw: the fallback still shows.
      }
    },
    [store, reportEvent],
  );
  if (!entry) return null;

  const { incident } = entry;
  const shared = { open: entry === current, onOpenChange, onResolved, blockedCount: entry.blocked.length };
  // Keyed by incident: a new incident gets a fresh boundary, the same one stays on its fallback.
  return (
    <DialogExitContext.Provider value={closing ? endExit : undefined}>
      <PromptBoundary
        key={entry.id}
        onError={(error) => onPromptError(error, entry)}
        fallback={
          <PromptBoundary fallback={null}>
            <UpdatePaymentModal {...shared} incident={genericIncident(incident)} showServerMessage={false} />
          </PromptBoundary>
        }
      >
        {renderPrompt(incident, shared, renderPaymentForm)}
      </PromptBoundary>
    </DialogExitContext.Provider>
  );
});

function renderPrompt(
  incident: PaymentRequiredIncident,
  shared: { open: boolean; onOpenChange: (open: boolean) => void; onResolved: () => void; blockedCount: number },
  renderPaymentForm: PaymentRequiredHostProps['renderPaymentForm'],
): ReactNode {
  switch (incident.reason) {
    case 'upgrade_required':
      return <PlanUpgradePrompt incident={incident} {...shared} />;
    case 'quota_exceeded':
      return <QuotaCountdown incident={incident} {...shared} variant="modal" />;
    case 'micropayment_required':
    case 'payment_failed':
      // A refused per-request payment stays in the micropayment prompt, where paying again is a
      // new click; card failures carry no `micropayment` and fall through to the card modal.
      if (incident.micropayment) return <MicropaymentPromptOnDemand incident={incident} {...shared} />;
      break;
  }
  // Payment reasons, `unknown`, and a micropayment challenge that could not be read.
  return <UpdatePaymentModal incident={incident} {...shared} renderPaymentForm={renderPaymentForm} />;
}

/** Readies, while the browser is idle, what the first dialog would otherwise do as it renders. */
function primeHost(): void {
  primeFirstDialog();
  warmUpPrompts();
}

// For the provider's automatic UI, which mounts this host only once an incident is open.
export { primeHost, preloadCatalogue };
