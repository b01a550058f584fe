import type { Messages } from './catalog';
import { de } from './de';
import { en } from './en';

/**
 * The catalogues shipped with the library, by language subtag, all static: for
 * `createMessageFormatter`, which must answer at once. The prebuilt components fetch a catalogue
 * other than English only when they need it (`catalogueChunks.ts`), so add a language to both.
 */
export const localeMessages: Readonly<Record<string, Messages>> = { en, de };

/** The shipped catalogue for a locale's language (`de-AT` → German), English when there is none. */
export function messagesForLocale(locale: string | undefined): Messages {
  const language = locale?.split(/[-_]/)[0]?.toLowerCase();
  return (language && Object.hasOwn(localeMessages, language) ? localeMessages[language] : undefined) ?? en;
}
