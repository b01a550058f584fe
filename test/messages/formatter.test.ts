import { createMessageFormatter } from '../../src/messages/formatter';
import { de } from '../../src/messages/de';
import { en } from '../../src/messages/en';
import { formatDuration } from '../../src/messages/duration';
import { localeDirection } from '../../src/messages/direction';
import { messagesForLocale } from '../../src/messages/locales';
import type { Messages } from '../../src/messages/catalog';

const placeholders = (value: Messages[keyof Messages]) =>
  [...new Set((typeof value === 'string' ? value : Object.values(value).join(' ')).match(/\{\w+\}/g) ?? [])].sort();

describe('catalogues', () => {
  test('German is complete: every English key, non-empty, with the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof Messages)[]) {
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
      const text = typeof de[key] === 'string' ? de[key] : de[key].other;
      expect(text.trim(), key).not.toBe('');
    }
  });

  test('the locale picks the catalogue by language, English when none is shipped', () => {
    expect(messagesForLocale('de-AT')).toBe(de);
    expect(messagesForLocale('de_CH')).toBe(de);
    expect(messagesForLocale('fr-FR')).toBe(en);
    expect(messagesForLocale(undefined)).toBe(en);
  });
});

describe('createMessageFormatter', () => {
  test('fills placeholders, formatting numbers for the locale', () => {
    const english = createMessageFormatter({ locale: 'en-US' });
    expect(english.t('quota.usage', { used: 1500, limit: 2000 })).toBe('1,500 of 2,000 used');
    const german = createMessageFormatter({ locale: 'de-DE' });
    expect(german.t('quota.usage', { used: 1500, limit: 2000 })).toBe('1.500 von 2.000 verbraucht');
  });

  test('picks the plural form with Intl.PluralRules', () => {
    const messages = createMessageFormatter({ locale: 'en' });
    expect(messages.t('blocked', { count: 1 })).toBe(en.blocked.one);
    expect(messages.t('blocked', { count: 3 })).toBe('The 3 things you were doing will finish on their own once this is fixed.');
  });

  test('overrides apply per key, later layers winning, the rest from the locale', () => {
    const messages = createMessageFormatter({
      locale: 'de',
      overrides: [{ 'action.notNow': 'Später', 'quota.title': 'Limit' }, undefined, { 'quota.title': 'Kontingent erschöpft' }],
    });
    expect(messages.t('action.notNow')).toBe('Später');
    expect(messages.t('quota.title')).toBe('Kontingent erschöpft');
    expect(messages.t('action.close')).toBe('Schließen');
  });

  test('an unknown placeholder is left as is', () => {
    const messages = createMessageFormatter({ locale: 'en', overrides: [{ 'action.close': 'Close {what}' }] });
    expect(messages.t('action.close', {})).toBe('Close {what}');
  });

  test('an invalid locale falls back instead of throwing', () => {
    const messages = createMessageFormatter({ locale: 'not a locale!' });
    expect(messages.locale).toBeUndefined();
    expect(messages.t('action.close')).toBe('Close');
  });

  test('money in the currency of the amount, token symbols after the number', () => {
    const english = createMessageFormatter({ locale: 'en-US' });
    expect(english.money(29, 'USD')).toBe('$29');
    expect(english.money(29.5, 'USD')).toBe('$29.50');
    expect(english.money('0.001', 'USD')).toBe('$0.001');
    expect(english.money('0.01', 'USDC')).toBe('0.01 USDC');
    expect(createMessageFormatter({ locale: 'de-DE' }).money(9.9, 'EUR')).toBe('9,90\u00a0€');
  });

  test('dates with Intl', () => {
    const messages = createMessageFormatter({ locale: 'en-US' });
    expect(messages.date(Date.UTC(2030, 3, 1), { month: 'long', year: 'numeric', timeZone: 'UTC' })).toBe('April 2030');
  });
});

describe('formatDuration', () => {
  test.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [245, '4 minutes, 5 seconds'],
    [3_600, '1 hour'],
    [3_600 * 3 + 60 * 12 + 9, '3 hours, 12 minutes'],
    [86_400 * 2 + 3_600 * 3, '2 days, 3 hours'],
    [86_400 + 300, '1 day'],
    [-5, '0 seconds'],
    [Number.NaN, '0 seconds'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds, 'en')).toBe(text);
  });

  test('in German', () => {
    expect(formatDuration(245, 'de')).toBe('4 Minuten, 5 Sekunden');
  });
});

test('right-to-left locales', () => {
  for (const locale of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'pa-Arab']) expect(localeDirection(locale)).toBe('rtl');
  for (const locale of ['en', 'de', 'arn', undefined]) expect(localeDirection(locale)).toBe('ltr');
});
