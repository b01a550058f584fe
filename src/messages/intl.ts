// Intl objects are costly to build and the countdown formats every second: keep one per options.
const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** A valid, canonical BCP 47 tag, or `undefined` (Intl then uses the runtime's default). */
export function canonicalLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** A shared `Intl.NumberFormat`. */
export function numberFormat(locale: string | undefined, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** A shared `Intl.DateTimeFormat`. */
export function dateTimeFormat(locale: string | undefined, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d${locale}${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** A shared `Intl.PluralRules`. */
export function pluralRules(locale: string | undefined): Intl.PluralRules {
  return cached(`p${locale}`, () => new Intl.PluralRules(locale));
}

/** A shared `Intl.ListFormat` for joining units ("3 hours, 5 minutes"). */
export function unitListFormat(locale: string | undefined): Intl.ListFormat {
  return cached(`l${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'long' }));
}

/** Builds a number and a date formatter, so the first dialog finds the platform's formatting ready (see `primeFirstDialog`). */
export function primeFormatters(): void {
  try {
    numberFormat(undefined).format(0);
    dateTimeFormat(undefined, { dateStyle: 'medium' }).format(0);
  } catch {
    // A runtime with little Intl: the dialog formats as it can; a warm-up must never throw.
  }
}
