/**
 * The response headers a 402 carries besides its body, in the notations the client parser reads
 * (src/core/headers.ts): `Retry-After` in delta seconds, the IETF RateLimit fields as
 * structured-field lists (draft-ietf-httpapi-ratelimit-headers), and the x402 v2 challenge.
 */

/**
 * Every response header the client reads from a 402. A browser only shows a cross-origin
 * response's headers to JavaScript when they are listed in `Access-Control-Expose-Headers`, so
 * pass this to your CORS middleware (`cors({ exposeHeaders })` in Hono, `exposedHeaders` in the
 * `cors` package for Express): without it the countdown cannot know when the quota resets.
 */
export const PAYMENT_REQUIRED_EXPOSED_HEADERS: readonly string[] = [
  'Retry-After',
  'RateLimit',
  'RateLimit-Policy',
  'RateLimit-Reset',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Used',
  'X-RateLimit-Reset',
  'PAYMENT-REQUIRED',
  'PAYMENT-RESPONSE',
  'WWW-Authenticate',
  'Date',
];

/**
 * Adds `names` to the `Access-Control-Expose-Headers` of `headers`, keeping what is already
 * listed (each name once, compared case-insensitively). Returns `headers`.
 */
export function exposeHeaders(headers: Headers, names: readonly string[] = PAYMENT_REQUIRED_EXPOSED_HEADERS): Headers {
  const listed = (headers.get('access-control-expose-headers') ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  if (listed.includes('*')) return headers;
  const seen = new Set(listed.map((n) => n.toLowerCase()));
  for (const name of names) {
    if (!seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      listed.push(name);
    }
  }
  if (listed.length) headers.set('access-control-expose-headers', listed.join(', '));
  return headers;
}

/** What the RateLimit fields describe: one quota policy. */
export interface RateLimitState {
  policy: string;
  limit?: number;
  remaining?: number;
  /** Seconds until the quota resets. */
  resetIn?: number;
}

// Structured-field integers are whole, non-negative and at most 15 digits.
const sfInteger = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 0 && n <= 999_999_999_999_999;

/**
 * `RateLimit: "quota";r=0;t=3600` and `RateLimit-Policy: "quota";q=1000`. A field is left out
 * when what it needs is unknown or not a whole number (the body still carries the figures).
 */
export function rateLimitHeaders({ policy, limit, remaining, resetIn }: RateLimitState): Record<string, string> {
  const out: Record<string, string> = {};
  const name = `"${policy}"`;
  if (sfInteger(remaining)) out['RateLimit'] = `${name};r=${remaining}${sfInteger(resetIn) ? `;t=${resetIn}` : ''}`;
  if (sfInteger(limit)) out['RateLimit-Policy'] = `${name};q=${limit}`;
  return out;
}

/** Base64 of the UTF-8 JSON of `value`, with only what every runtime has (no `Buffer`). */
export function base64Json(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
