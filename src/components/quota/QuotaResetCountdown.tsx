import type { ComponentPropsWithoutRef } from 'react';
import { usePartMessages } from '../shared/partMessages';
import { usePart } from '../shared/parts';
import type { QuotaCountdownState } from './useQuotaCountdown';

/** Props of {@link QuotaResetCountdown}. */
export interface QuotaResetCountdownProps extends ComponentPropsWithoutRef<'p'> {
  countdown: QuotaCountdownState;
}

/**
 * "Resets in 4 minutes, 5 seconds", updated every second as a `role="timer"` (which screen
 * readers do not announce on each change; `QuotaAnnouncer` does that at thresholds). Once reached
 * it says the limit has reset; without a known reset time it only says to try again later.
 */
export function QuotaResetCountdown({ countdown, className, ...props }: QuotaResetCountdownProps) {
  const messages = usePartMessages();
  const part = usePart('countdown', className, countdown.status);
  const { status, remainingSeconds } = countdown;
  if (status === 'counting') {
    return (
      <p role="timer" {...props} {...part}>
        {remainingSeconds === null ? null : messages.t('quota.resetsIn', { duration: messages.duration(remainingSeconds) })}
      </p>
    );
  }
  return (
    <p {...props} {...part}>
      {messages.t(status === 'ready' ? 'quota.ready' : 'quota.unknownReset')}
    </p>
  );
}
