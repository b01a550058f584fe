// Languages written right to left, and scripts that are, whatever the language tag says.
const RTL_LANGUAGE = /^(ar|he|iw|fa|ur|ps|yi|ji|dv|ckb|sd|ug|syr)(-|$)/i;
const RTL_SCRIPT = /-(arab|hebr|thaa|syrc|nkoo|adlm)(-|$)/i;

/** Text direction of a BCP 47 locale: `rtl` for Arabic, Hebrew, Persian, Urdu and other RTL scripts. */
export function localeDirection(locale: string | undefined): 'ltr' | 'rtl' {
  return locale && (RTL_LANGUAGE.test(locale) || RTL_SCRIPT.test(locale)) ? 'rtl' : 'ltr';
}
