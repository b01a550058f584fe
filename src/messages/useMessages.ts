import { useMemo, useSyncExternalStore } from 'react';
import { usePaymentRequiredConfig } from '../presentation/context';
import type { MessageOverrides } from './catalog';
import { createMessageFormatter, type MessageFormatter } from './formatter';

/** Options of {@link useMessages}: a component's own `locale` and `messages` props, which win over the provider's. */
export interface UseMessagesOptions {
  locale?: string;
  messages?: MessageOverrides;
}

/** Which locale the UI speaks, and whether the app chose it (only then do components set `dir` and `lang`). */
export interface MessagesContext extends MessageFormatter {
  /** Whether the locale came from the app (prop or provider) rather than the browser. */
  readonly isExplicit: boolean;
}

const subscribeNever = () => () => {};
const browserLocale = () => (typeof navigator === 'undefined' ? undefined : navigator.language);
// The server cannot know the reader's language; the client's first (hydrating) render agrees with it.
const serverLocale = () => undefined;

/**
 * The message formatter for a component: its own `locale`/`messages` props first, then the
 * provider's, then the browser's language; the shipped catalogue for that language (English
 * fallback) under the overrides, formatted with `Intl`.
 */
export function useMessages(options: UseMessagesOptions = {}): MessagesContext {
  const config = usePaymentRequiredConfig();
  const explicitLocale = options.locale ?? config?.locale;
  const detectedLocale = useSyncExternalStore(subscribeNever, browserLocale, serverLocale);
  const locale = explicitLocale ?? detectedLocale;
  const providerMessages = config?.messages;
  const ownMessages = options.messages;
  return useMemo(
    () => ({
      ...createMessageFormatter({ locale, overrides: [providerMessages, ownMessages] }),
      isExplicit: explicitLocale !== undefined,
    }),
    [locale, explicitLocale, providerMessages, ownMessages],
  );
}
