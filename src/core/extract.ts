import type { HeadersInput, PaymentRequiredInput } from './types';

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

  const name = get(e, 'name');
  const response = get(e, 'response');
  const rHeaders = get(response, 'headers');
  // axios: response.data is decoded; AxiosHeaders has lower-case keys and `get`
  if (get(e, 'isAxiosError') === true) {
    return response ? failure(get(response, 'status'), rHeaders, get(response, 'data'), get(get(e, 'config'), 'url')) : null;
  }
  // ky: the body is already read into `data` (newer ky); never read the stream here
  if (name === 'HTTPError' && response) return failure(get(response, 'status'), rHeaders, get(e, 'data'), get(response, 'url'));
  // ofetch / Nuxt $fetch
  if (name === 'FetchError') {
    return failure(
      get(e, 'status') ?? get(e, 'statusCode') ?? get(response, 'status'),
      rHeaders,
      get(e, 'data') ?? get(response, '_data'),
      get(response, 'url'),
    );
  }
  // tRPC client: the server's shape carries httpStatus; httpLink keeps the raw Response in meta
  if (name === 'TRPCClientError') {
    const raw = get(get(e, 'meta'), 'response');
    const shape = get(e, 'shape') ?? { message: get(e, 'message'), data: get(e, 'data') };
    return failure(get(get(e, 'data'), 'httpStatus') ?? get(raw, 'status'), get(raw, 'headers'), shape, get(raw, 'url'));
  }
  // Apollo Client 3: ApolloError { networkError: ServerError { statusCode, result, response } }
  const network = get(e, 'networkError');
  if (network) {
    const found = failure(get(network, 'statusCode'), get(get(network, 'response'), 'headers'), get(network, 'result') ?? get(network, 'bodyText'));
    if (found) return found;
  }
  // Apollo 3 graphQLErrors / Apollo 4 CombinedGraphQLErrors: resolver errors on an HTTP 200
  const gqlErrors = get(e, 'graphQLErrors') ?? (name === 'CombinedGraphQLErrors' ? get(e, 'errors') : undefined);
  if (Array.isArray(gqlErrors) && gqlErrors.length) return failure(200, undefined, { errors: gqlErrors });
  // Apollo 4 ServerError / ServerParseError: statusCode + raw bodyText
  if (get(e, 'statusCode') !== undefined && get(e, 'bodyText') !== undefined) {
    return failure(get(e, 'statusCode'), get(get(e, 'response'), 'headers'), get(e, 'bodyText'), get(get(e, 'response'), 'url'));
  }
  // openapi-fetch result: { data, error, response } where the response is not ok
  if (isResponse(response) && get(response, 'ok') === false && 'error' in (e as object)) {
    return failure(get(response, 'status'), rHeaders, get(e, 'error'), get(response, 'url'));
  }
  // graphql-request ClientError: response = { status, headers, errors, data } or { error: text }
  if (name === 'ClientError' && response) {
    const errors = get(response, 'errors');
    const body = errors ? { errors, data: get(response, 'data'), extensions: get(response, 'extensions') } : get(response, 'error');
    return failure(get(response, 'status'), rHeaders, body);
  }
  // Plain objects and vendor SDK errors: status / statusCode / response.status
  const own = failure(
    get(e, 'status') ?? get(e, 'statusCode'),
    get(e, 'headers') ?? rHeaders,
    get(e, 'body') ?? get(e, 'data') ?? get(e, 'error') ?? get(response, 'data') ?? get(response, 'body'),
    get(e, 'url'),
  );
  if (own) return own;
  if (response) {
    const r = failure(get(response, 'status') ?? get(response, 'statusCode'), rHeaders, get(response, 'data') ?? get(response, 'body'));
    if (r) return r;
  }
  // Wrapped errors: look through `cause` a few levels deep (never around a cycle for long).
  return depth < 3 ? extract(get(e, 'cause'), depth + 1) : null;
}

/**
 * Finds the HTTP status, headers and decoded body on anything a fetcher throws: a `Response`,
 * {@link HttpError}/`PaymentRequiredError`, ky, axios, ofetch, openapi-fetch results,
 * graphql-request, tRPC, Apollo 3/4 and plain `{ status | statusCode | response.status }`
 * objects. Synchronous; never reads a body stream; never throws.
 */
export function extractHttpFailure(error: unknown): PaymentRequiredInput | null {
  try {
    return extract(error, 0);
  } catch {
    return null;
  }
}
