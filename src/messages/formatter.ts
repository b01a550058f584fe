import type { MessageKey, MessageOverrides, MessageParams, Messages } from './catalog';
import { localeDirection } from './direction';
import { formatDuration } from './duration';
import { en } from './en';
import { canonicalLocale, dateTimeFormat, numberFormat, pluralRules } from './intl';
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

const PLACEHOLDER = /\{(\w+)\}/g;

/** Builds a formatter: the locale's shipped catalogue (English fallback) under the given overrides. */
export function createMessageFormatter(options: MessageFormatterOptions = {}): MessageFormatter {
  const locale = canonicalLocale(options.locale);
  const layers: readonly Partial<Messages>[] = [
    ...(options.overrides ?? []).filter((layer): layer is MessageOverrides => layer != null).reverse(),
    messagesForLocale(locale),
  ];

  // Own keys only: a key built from data (`price.${interval}`) must never find `constructor`.
  const lookup = <K extends MessageKey>(key: K): Messages[K] | undefined => {
    for (const layer of layers) {
      const value = Object.hasOwn(layer, key) ? layer[key] : undefined;
      if (value != null) return value as Messages[K];
    }
    return Object.hasOwn(en, key) ? en[key] : undefined;
  };

  const number = (value: number | DecimalString, numberOptions?: Intl.NumberFormatOptions) =>
    numberFormat(locale, numberOptions).format(value);

  return {
    locale,
    direction: localeDirection(locale),
    t(key, params) {
      const message = lookup(key);
      // An unknown key (only reachable by casting) shows the key rather than throwing.
      if (message === undefined) return String(key);
      const text =
        typeof message === 'string'
          ? message
          : (message[pluralRules(locale).select(Number(params?.count ?? 0))] ?? message.other);
      if (!params) return text;
      return text.replace(PLACEHOLDER, (placeholder, name: string) => {
        const value = Object.hasOwn(params, name) ? params[name] : undefined;
        if (value === undefined) return placeholder;
        return typeof value === 'number' ? number(value) : value;
      });
    },
    number,
    money(amount, currency) {
      try {
        return numberFormat(locale, {
          style: 'currency',
          currency,
          maximumFractionDigits: 20,
          trailingZeroDisplay: 'stripIfInteger',
        }).format(amount);
      } catch {
        // Not an ISO 4217-shaped code (e.g. a token symbol): the number, then the code as given.
        return `${number(amount, { maximumFractionDigits: 20 })} ${currency}`;
      }
    },
    date: (epochMs, dateOptions) => dateTimeFormat(locale, dateOptions).format(epochMs),
    duration: (seconds) => formatDuration(seconds, locale),
  };
}
