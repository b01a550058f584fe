import type { HeadersInput, PaymentRequiredInput } from './types';

/**
 * Reads the HTTP status, headers and decoded body off something a fetcher threw, for a library
 * whose errors the built-in detection does not know (see `react-payment-required/adapters/*`).
 * Returns null or undefined when it does not recognise the error; must not read a body stream.
 */
export type FailureExtractor = (error: unknown) => PaymentRequiredInput | null | undefined;

// Thrown values are foreign objects: any property read may hit a throwing getter or a Proxy trap.
const get = (o: unknown, key: string): unknown => {
  try {
    return (typeof o === 'object' || typeof o === 'function') && o !== null ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
};

const statusOf = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && /^\d{3}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
};

const failure = (status: unknown, headers: unknown, body: unknown, url?: unknown): PaymentRequiredInput | null => {
  const s = statusOf(status);
  return s === undefined
    ? null
    : { status: s, headers: (headers ?? undefined) as HeadersInput | undefined, body, url: typeof url === 'string' && url ? url : undefined };
};

// A fetch `Response` (or one from another realm): a status and a `headers.get`.
const isResponse = (r: unknown): boolean =>
  (typeof Response !== 'undefined' && r instanceof Response) ||
  (statusOf(get(r, 'status')) !== undefined && typeof get(get(r, 'headers'), 'get') === 'function' && typeof get(r, 'ok') === 'boolean');

function extract(e: unknown, depth: number): PaymentRequiredInput | null {
  if ((typeof e !== 'object' && typeof e !== 'function') || e === null) return null;
  // A thrown fetch Response: its body is a stream we must not consume here.
  if (isResponse(e)) return failure(get(e, 'status'), get(e, 'headers'), undefined, get(e, 'url'));

  const response = get(e, 'response');
  // A fetch Response's `body` is its unread stream, never the decoded body.
  const responseBody = isResponse(response) ? undefined : (get(response, 'data') ?? get(response, 'body'));
  const headers = get(e, 'headers') ?? get(response, 'headers');
  const url = get(e, 'url') ?? get(response, 'url') ?? get(get(e, 'config'), 'url');
  // The error's own status (our HttpError, ofetch, SDK errors), else its response's (axios, ky,
  // openapi-fetch results); the decoded body under whichever name the library uses.
  const found =
    failure(
      get(e, 'status') ?? get(e, 'statusCode'),
      headers,
      get(e, 'body') ?? get(e, 'data') ?? get(e, 'error') ?? get(e, 'bodyText') ?? responseBody,
      url,
    ) ?? failure(get(response, 'status') ?? get(response, 'statusCode'), headers, get(e, 'data') ?? get(e, 'error') ?? responseBody, url);
  if (found) return found;
  // Wrapped errors: look through `cause` a few levels deep (never around a cycle for long).
  return depth < 3 ? extract(get(e, 'cause'), depth + 1) : null;
}

/**
 * Finds the HTTP status, headers and decoded body on anything a fetcher throws: a `Response`,
 * `HttpError`/`PaymentRequiredError`, and any error that carries `status | statusCode` or a
 * `response` with one, which covers fetch wrappers, axios, ky, ofetch, openapi-fetch results and
 * most SDK errors, also behind `cause`. Libraries that hide the status elsewhere (GraphQL
 * clients, tRPC) need their adapter in `extractors`, tried first. Synchronous; never reads a
 * body stream; never throws.
 */
export function extractHttpFailure(error: unknown, extractors: readonly FailureExtractor[] = []): PaymentRequiredInput | null {
  for (const extractor of extractors) {
    try {
      const found = extractor(error);
      if (found) return found;
    } catch {
      // An adapter that throws is skipped like one that does not recognise the error.
    }
  }
  try {
    return extract(error, 0);
  } catch {
    return null;
  }
}
