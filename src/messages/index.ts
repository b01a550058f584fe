export type {
  Messages,
  MessageKey,
  MessageOverrides,
  MessageParams,
  PluralMessage,
  UpdatePaymentReason,
  DeclineGuidanceKey,
} from './catalog';
export { en, en as defaultMessages } from './en';
export { de } from './de';
export { localeMessages, messagesForLocale } from './locales';
export { createMessageFormatter, type MessageFormatter, type MessageFormatterOptions } from './formatter';
export { useMessages, type UseMessagesOptions, type MessagesContext } from './useMessages';
export { localeDirection } from './direction';
export { formatDuration } from './duration';
