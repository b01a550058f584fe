import { useMessages } from '../../messages/useMessages';
import { DialogDescription } from '../dialog/DialogDescription';
import { DialogTitle } from '../dialog/DialogTitle';
import type { PromptVariant } from '../dialog/PromptRoot';
import type { PromptStateOptions } from '../dialog/usePromptState';
import { ActionButton } from '../shared/ActionButton';
import { ActionLink } from '../shared/ActionLink';
import { BlockedNotice } from '../shared/BlockedNotice';
import { HandlerError } from '../shared/HandlerError';
import { HandlerStatus } from '../shared/HandlerStatus';
import type { PresentationProps } from '../shared/presentationProps';
import { PromptShell, type PromptPart } from '../shared/PromptShell';
import { useIncidentControls } from '../shared/useIncidentControls';
import { QuotaAnnouncer } from './QuotaAnnouncer';
import { QuotaMeter } from './QuotaMeter';
import { QuotaResetCountdown } from './QuotaResetCountdown';
import { QuotaUsage } from './QuotaUsage';
import { useQuotaPrompt, type UseQuotaPromptOptions } from './useQuotaPrompt';

/** Parts of the quota prompt, for `classNames`. */
export type QuotaCountdownPart =
  | PromptPart
  | 'panel'
  | 'usage'
  | 'meter'
  | 'meter-fill'
  | 'countdown'
  | 'announcer'
  | 'blocked';

/** Props of {@link QuotaCountdown}. */
export interface QuotaCountdownProps extends UseQuotaPromptOptions, PromptStateOptions, PresentationProps<QuotaCountdownPart> {
  /** In the page's flow (default), a sticky banner, or a modal dialog. */
  variant?: PromptVariant;
  blockedCount?: number;
}

/**
 * The prompt for `quota_exceeded`: usage meter, a live "resets in" countdown (one shared timer,
 * announced to screen readers at thresholds only), resolving when it reaches zero, and an upgrade
 * shortcut when plans and `onUpgrade` exist. Without a known reset time it claims none.
 */
export function QuotaCountdown(props: QuotaCountdownProps) {
  const { incident = null, variant = 'inline', blockedCount = 0 } = props;
  const messages = useMessages({ locale: props.locale, messages: props.messages });
  const controls = useIncidentControls(incident, props);
  // The prompt re-renders when the countdown's status changes; its two ticking parts every second.
  const state = useQuotaPrompt({ ...props, onResolved: controls.onResolved, precision: 'status' });
  const { t } = messages;
  const { usage } = state;
  const usageText = usage
    ? t(usage.unit ? 'quota.usageUnit' : 'quota.usage', { used: usage.used, limit: usage.limit, unit: usage.unit ?? '' })
    : undefined;
  const hasUpgrade = state.upgradePlan !== undefined;

  // Parts show the countdown's status (counting, ready), not the upgrade handler's.
  const shown = { status: state.countdown.status, pending: state.pending };
  const actions = (
    <>
      {hasUpgrade ? (
        <ActionButton action="upgrade" primary initialFocus pending={state.pending} onClick={() => void state.upgrade()}>
          {t('action.upgradeShortcut')}
        </ActionButton>
      ) : (
        <ActionLink action="upgrade" primary initialFocus href={state.upgradeHref}>
          {t('action.upgradeShortcut')}
        </ActionLink>
      )}
      {state.canTryAgain ? (
        <ActionButton action="retry" disabled={state.pending} onClick={state.tryAgain}>
          {t('action.tryAgain')}
        </ActionButton>
      ) : null}
    </>
  );

  return (
    <PromptShell prompt={props} messages={messages} controls={controls} state={shown} variant={variant} reason="quota_exceeded" actions={actions}>
      <DialogTitle>{t('quota.title')}</DialogTitle>
      <DialogDescription>{t('quota.description')}</DialogDescription>
      {usage && usageText ? (
        <>
          <QuotaUsage>{usageText}</QuotaUsage>
          <QuotaMeter used={usage.used} limit={usage.limit} valueText={usageText} />
        </>
      ) : null}
      <QuotaResetCountdown resetAt={state.countdown.resetAt} />
      <QuotaAnnouncer resetAt={state.countdown.resetAt} />
      <BlockedNotice count={blockedCount} />
      <HandlerError error={state.error} failed={state.status === 'error'} />
      <HandlerStatus pending={state.pending} />
    </PromptShell>
  );
}
