import { MAX_BODY_CHARS } from '../limits';

/** JSON.parse that returns undefined instead of throwing, on capped input only. */
export function parseJson(text: string): unknown {
  if (text.length > MAX_BODY_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The body as the format readers want it: `data` when it is (or its text is) a JSON value, else
 * `text` (plain text, HTML, broken JSON) cut to {@link MAX_BODY_CHARS}.
 */
export function decodeBody(body: unknown): { data: unknown; text?: string } {
  if (typeof body !== 'string') return { data: body };
  const text = body.slice(0, MAX_BODY_CHARS);
  // Only text that starts like JSON is parsed: a JSON object or array, a JSON string literal
  // (xAI sends `"Your team … credits"`), or a bare number. A body cut at the cap fails to parse.
  const data = body.length <= MAX_BODY_CHARS && /^\s*(?:[[{"\d-]|null|true|false)/.test(text) ? parseJson(text) : undefined;
  return typeof data === 'string' ? { data: undefined, text: data } : data === undefined ? { data, text } : { data };
}

/** JSON carried in a header as base64 or base64url, padded or not; undefined if it is not. */
export function base64Json(value: string | undefined): unknown {
  if (!value || value.length > 16_384) return undefined;
  try {
    const b64 = value.trim().replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return parseJson(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}
