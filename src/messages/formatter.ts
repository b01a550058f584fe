import type { MessageKey, MessageOverrides, MessageParams } from './catalog';
import { catalogueFormatter } from './catalogueFormatter';
import { canonicalLocale } from './intl';
import { messagesForLocale } from './locales';

/**
 * A decimal number written as text (`"0.001"`), formatted without losing precision. Spelled out
 * rather than `Intl.StringNumericLiteral`, which needs lib ES2023: the published types must
 * compile with the ES2022 lib that the peers imply.
 */
export type DecimalString = `${number}`;

/** Text and `Intl` formatting for one locale, with the app's overrides applied. */
export interface MessageFormatter {
  /** The locale used for `Intl`; `undefined` means the runtime's default. */
  readonly locale: string | undefined;
  /** Direction of the locale's script. */
  readonly direction: 'ltr' | 'rtl';
  /** The message for `key`, with `{placeholders}` filled (numbers formatted) and the plural form picked by `count`. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A number, e.g. `1,500`; decimal strings keep their full precision. */
  number(value: number | DecimalString, options?: Intl.NumberFormatOptions): string;
  /**
   * An amount of money in major units, e.g. `$29`, `29,90 €`, `$0.001`; codes Intl cannot take
   * (token symbols like `USDC`) are written after the number.
   */
  money(amount: number | DecimalString, currency: string): string;
  /** A date from epoch ms. */
  date(epochMs: number, options?: Intl.DateTimeFormatOptions): string;
  /** A duration in seconds, in words: "3 minutes, 20 seconds". */
  duration(seconds: number): string;
}

/** Options of {@link createMessageFormatter}. */
export interface MessageFormatterOptions {
  /** BCP 47 locale; invalid tags fall back to the runtime's default. */
  locale?: string;
  /** Overrides, later ones winning; `undefined` entries are skipped. */
  overrides?: readonly (MessageOverrides | undefined)[];
}

/**
 * Builds a formatter: the locale's shipped catalogue (English fallback) under the given overrides.
 * Every shipped catalogue is at hand at once (this function imports them all); the prebuilt
 * components load a catalogue other than English only for a locale that needs it (`useMessages`).
 */
export function createMessageFormatter(options: MessageFormatterOptions = {}): MessageFormatter {
  const locale = canonicalLocale(options.locale);
  return catalogueFormatter(messagesForLocale(locale), locale, options.overrides);
}
