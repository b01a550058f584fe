export type {
  Messages,
  MessageKey,
  MessageOverrides,
  MessageParams,
  PluralMessage,
  UpdatePaymentReason,
  DeclineGuidanceKey,
} from './catalog';
export { en } from './en';
export { de } from './de';
export { createMessageFormatter, type MessageFormatter, type MessageFormatterOptions } from './formatter';
export { useMessages, type UseMessagesOptions, type MessagesContext } from './useMessages';
