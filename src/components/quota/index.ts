export { QuotaCountdown, type QuotaCountdownProps, type QuotaCountdownPart } from './QuotaCountdown';
export {
  useQuotaCountdown,
  type QuotaCountdownState,
  type QuotaCountdownStatus,
} from './useQuotaCountdown';
export { useQuotaPrompt, type UseQuotaPromptOptions, type QuotaPromptState } from './useQuotaPrompt';
export { QuotaMeter, type QuotaMeterProps } from './QuotaMeter';
export { QuotaUsage, type QuotaUsageProps } from './QuotaUsage';
export { QuotaResetCountdown, type QuotaResetCountdownProps } from './QuotaResetCountdown';
export { QuotaAnnouncer, type QuotaAnnouncerProps } from './QuotaAnnouncer';
export type { QuotaUsageFigures } from './usageFigures';
