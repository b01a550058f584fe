/**
 * The moment (in seconds left) a countdown is next announced to screen readers: every hour while
 * more than an hour is left, every minute while more than a minute is left, then at 30 s, 10 s
 * and 0. An announcement is due when this value changes.
 */
export function announcementThreshold(remainingSeconds: number): number {
  if (remainingSeconds <= 0) return 0;
  if (remainingSeconds <= 10) return 10;
  if (remainingSeconds <= 30) return 30;
  if (remainingSeconds <= 3_600) return Math.ceil(remainingSeconds / 60) * 60;
  return Math.ceil(remainingSeconds / 3_600) * 3_600;
}
