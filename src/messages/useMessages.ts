import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { usePaymentRequiredConfig } from '../presentation/context';
import type { MessageOverrides } from './catalog';
import { catalogueChunk } from './catalogueChunks';
import { catalogueFormatter } from './catalogueFormatter';
import { en } from './en';
import type { MessageFormatter } from './formatter';
import { canonicalLocale } from './intl';

/** Options of {@link useMessages}: a component's own `locale` and `messages` props, which win over the provider's. */
export interface UseMessagesOptions {
  locale?: string;
  messages?: MessageOverrides;
}

/** Which locale the UI speaks, and whether the app chose it (only then do components set `dir` and `lang`). */
export interface MessagesContext extends MessageFormatter {
  /** Whether the locale came from the app (prop or provider) rather than the browser. */
  readonly isExplicit: boolean;
  /**
   * Whether the locale's shipped catalogue (German, say) is still on its way: the text is English
   * until it arrives. The prebuilt prompts show nothing meanwhile, so they never flash English.
   * Never while the app passes a whole catalogue as `messages` (e.g. `de`), nor for English.
   */
  readonly isLoading: boolean;
}

const subscribeNever = () => () => {};
const browserLocale = () => (typeof navigator === 'undefined' ? undefined : navigator.language);
// The server cannot know the reader's language; the client's first (hydrating) render agrees with it.
const serverLocale = () => undefined;
// Nor has the server fetched a catalogue chunk: hydration renders as it did.
const notLoaded = () => undefined;
// An app that passes a whole catalogue itself (`messages={de}`) waits for none.
const isWholeCatalogue = (layer: MessageOverrides | undefined) =>
  layer !== undefined && Object.keys(en).every((key) => Object.hasOwn(layer, key));

/**
 * The message formatter for a component: its own `locale`/`messages` props first, then the
 * provider's, then the browser's language; the shipped catalogue for that language (English
 * fallback) under the overrides, formatted with `Intl`. A catalogue other than English is a chunk
 * of its own, requested on the first render that needs it (see `isLoading`).
 */
export function useMessages(options: UseMessagesOptions = {}): MessagesContext {
  const config = usePaymentRequiredConfig();
  const explicitLocale = options.locale ?? config?.locale;
  const detectedLocale = useSyncExternalStore(subscribeNever, browserLocale, serverLocale);
  const locale = canonicalLocale(explicitLocale ?? detectedLocale);
  const chunk = catalogueChunk(locale);
  // A chunk that failed to load (offline) leaves English; the next mount asks for it again.
  const [failed, setFailed] = useState<unknown>();
  const requestCatalogue = useCallback(
    (arrived: () => void) => {
      let active = true;
      chunk?.load().then(
        () => {
          if (active) arrived();
        },
        () => {
          if (active) setFailed(chunk);
        },
      );
      return () => {
        active = false;
      };
    },
    [chunk],
  );
  const catalogue = useSyncExternalStore(requestCatalogue, () => chunk?.loaded(), notLoaded);
  const providerMessages = config?.messages;
  const ownMessages = options.messages;
  const isLoading =
    chunk !== undefined &&
    catalogue === undefined &&
    failed !== chunk &&
    !isWholeCatalogue(providerMessages) &&
    !isWholeCatalogue(ownMessages);
  return useMemo(
    () => ({
      ...catalogueFormatter(catalogue ?? en, locale, [providerMessages, ownMessages]),
      isExplicit: explicitLocale !== undefined,
      isLoading,
    }),
    [catalogue, locale, explicitLocale, isLoading, providerMessages, ownMessages],
  );
}
