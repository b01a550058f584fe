import { useState } from 'react';
import { usePartMessages } from '../shared/partMessages';
import { usePart } from '../shared/parts';
import { visuallyHidden } from '../shared/visuallyHidden';
import { announcementThreshold } from './announcementThreshold';
import { useQuotaCountdown } from './useQuotaCountdown';

/** Props of {@link QuotaAnnouncer}: seconds left, or a reset time to count down to itself. */
export interface QuotaAnnouncerProps {
  /** Seconds left, from `useQuotaCountdown`; `null` when unknown. */
  remainingSeconds?: number | null;
  /** Or the reset time (epoch ms): this part subscribes to the shared timer alone. */
  resetAt?: number;
  className?: string;
}

/**
 * A visually hidden `aria-live="polite"` region that speaks the countdown at thresholds only:
 * each hour while more than an hour is left, each minute while more than a minute is left,
 * then at 30 s, 10 s and when the limit has reset. Silent when mounted (the dialog says it).
 */
export function QuotaAnnouncer({ remainingSeconds: given, resetAt, className }: QuotaAnnouncerProps) {
  const messages = usePartMessages();
  const own = useQuotaCountdown(given === undefined ? resetAt : undefined);
  const remainingSeconds = given === undefined ? own.remainingSeconds : given;
  const part = usePart('announcer', className);
  const threshold = remainingSeconds === null ? null : announcementThreshold(remainingSeconds);
  // The threshold when first known: nothing is announced until it changes.
  const [baseline, setBaseline] = useState(threshold);
  if (baseline === null && threshold !== null) setBaseline(threshold);
  const text =
    threshold === null || baseline === null || threshold === baseline
      ? ''
      : threshold === 0
        ? messages.t('quota.ready')
        : messages.t('quota.resetsIn', { duration: messages.duration(threshold) });
  return (
    <div aria-live="polite" aria-atomic="true" style={visuallyHidden} {...part}>
      {text}
    </div>
  );
}
