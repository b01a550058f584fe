/**
 * Text from a server is untrusted: it can be megabytes long, carry control or bidi characters,
 * or be a whole HTML page. Everything shown to users or matched by the classifier goes through here.
 */

import { MAX_BODY_CHARS } from './limits';

// C0/C1 controls, zero-width and bidi-override characters: they can hide or reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g;
const TAG = /<\/?[a-z][^<>]{0,500}>/gi;

/** Plain one-line text: hidden characters and tags removed, whitespace collapsed, capped at `max`. */
export function cleanText(value: unknown, max = 500): string | undefined {
  if (typeof value !== 'string') return undefined;
  let text = value.slice(0, Math.min(MAX_BODY_CHARS, max * 4 + 64)).replace(HIDDEN, ' ');
  // Removing a tag can join the pieces around it into a new one (`<a<b>>` → `<a >`): repeat a
  // few times, and past that (deliberate nesting) drop every angle bracket instead.
  for (let pass = 0; pass < 4 && text.search(TAG) !== -1; pass++) text = text.replace(TAG, ' ');
  if (text.search(TAG) !== -1) text = text.replace(/[<>]/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (text.length <= max) return text;
  // Cut on a code point, never between the two halves of a surrogate pair.
  return text.slice(0, Math.max(0, max - 1)).replace(/[\ud800-\udbff]$/, '') + '…';
}

/** True when the text is an HTML document or fragment rather than prose. */
export function isHtml(text: string): boolean {
  return /^\s*<(?:!doctype|html|head|body|[a-z][a-z0-9]*[\s>/])/i.test(text);
}

// A Map: the entity name is server text, and `&constructor;` must not find `Object.prototype.constructor`.
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['#39', "'"],
]);

/**
 * The text of the first `<name>…</name>` of an HTML or XML document (any namespace prefix, any
 * case, entities decoded), or undefined when it is absent or blank.
 */
export function elementText(markup: string, name: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]{1,40}:)?${name}(?:\\s[^<>]{0,200})?>([^<]{1,1000})<`, 'i').exec(markup.slice(0, MAX_BODY_CHARS));
  return m?.[1]?.replace(/&(#39|[a-z]+);/gi, (e, n: string) => ENTITIES.get(n.toLowerCase()) ?? e).trim() || undefined;
}

/** The `<title>` of an HTML page as plain text (entities decoded), or undefined. */
export const htmlTitle = (html: string): string | undefined => elementText(html, 'title');

/** The start of an HTML page with its tags, scripts and styles removed, for keyword matching only (never shown). */
export function htmlText(html: string): string {
  // Bounded quantifiers keep this linear on hostile input such as 64 KiB of `<`. Script and style
  // bodies are code, not what the page says ("upgrade" in a bundle is no plan gate).
  return html
    .slice(0, 16_384)
    .replace(/<(script|style)\b[^>]{0,500}>[\s\S]{0,4096}?<\/\1\s*>/gi, ' ')
    .replace(/<[^<>]{0,500}>/g, ' ');
}

// Latin letters with diacritics, matched without them ("crédito" as "credito", "abgelaufen" as is).
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;

/**
 * Words for keyword matching: camelCase split, `_`/`-`/punctuation to spaces, lower case, Latin
 * diacritics dropped. Cyrillic, Arabic, kana, CJK and Hangul are kept (servers answer in those languages
 * too), everything else becomes a space.
 */
export function words(text: string): string {
  return ` ${text
    .slice(0, 2000)
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(ACCENTED, (c) => c.normalize('NFD')[0] ?? ' ')
    .replace(/[^a-z0-9\u0430-\u044f\u0451\u0621-\u064a\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+/g, ' ')
    .trim()} `;
}
