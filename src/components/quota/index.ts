export { QuotaCountdown, type QuotaCountdownProps, type QuotaCountdownPart } from './QuotaCountdown';
export {
  useQuotaCountdown,
  secondsUntil,
  type QuotaCountdownState,
  type QuotaCountdownStatus,
} from './useQuotaCountdown';
export { useQuotaPrompt, type UseQuotaPromptOptions, type QuotaPromptState } from './useQuotaPrompt';
export { QuotaMeter, type QuotaMeterProps } from './QuotaMeter';
export { QuotaUsage, type QuotaUsageProps } from './QuotaUsage';
export { QuotaResetCountdown, type QuotaResetCountdownProps } from './QuotaResetCountdown';
export { QuotaAnnouncer, type QuotaAnnouncerProps } from './QuotaAnnouncer';
export { announcementThreshold } from './announcementThreshold';
export { quotaUsageFigures, type QuotaUsageFigures } from './usageFigures';
export { subscribeToSecondTicker, getSecondTickerStats } from './secondTicker';
