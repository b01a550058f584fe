import type { MessageOverrides, Messages, MessageKey } from './catalog';
import { localeDirection } from './direction';
import { formatDuration } from './duration';
import { en } from './en';
import type { DecimalString, MessageFormatter, MessageFormatterOptions } from './formatter';
import { dateTimeFormat, numberFormat, pluralRules } from './intl';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A formatter over `catalogue` (a key it lacks falls back to English) under `overrides`, later
 * ones winning. `locale` is canonical (see `canonicalLocale`), or `undefined` for the runtime's.
 */
export function catalogueFormatter(
  catalogue: Messages,
  locale: string | undefined,
  overrides: MessageFormatterOptions['overrides'] = [],
): MessageFormatter {
  const layers: readonly Partial<Messages>[] = [
    ...overrides.filter((layer): layer is MessageOverrides => layer != null).reverse(),
    catalogue,
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
