import type { ComponentPropsWithoutRef } from 'react';
import { usePartMessages } from '../shared/partMessages';
import { usePart } from '../shared/parts';
import { useQuotaCountdown, type QuotaCountdownState } from './useQuotaCountdown';

/** Props of {@link QuotaResetCountdown}: a countdown to show, or a reset time to count down to itself. */
export interface QuotaResetCountdownProps extends ComponentPropsWithoutRef<'p'> {
  /** A countdown from `useQuotaCountdown` (the caller re-renders it each second). */
  countdown?: QuotaCountdownState;
  /** Or the reset time (epoch ms): this part subscribes to the shared timer and ticks alone. */
  resetAt?: number;
}

/**
 * "Resets in 4 minutes, 5 seconds", updated every second as a `role="timer"` (which screen
 * readers do not announce on each change; `QuotaAnnouncer` does that at thresholds). Once reached
 * it says the limit has reset; without a known reset time it only says to try again later.
 */
export function QuotaResetCountdown({ countdown, resetAt, className, ...props }: QuotaResetCountdownProps) {
  const messages = usePartMessages();
  const own = useQuotaCountdown(countdown ? undefined : resetAt);
  const { status, remainingSeconds } = countdown ?? own;
  const part = usePart('countdown', className, status);
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
