import { toHeaders } from './headers';
import { readBody } from './responseBody';
import type { HeadersInput } from './types';

/** What an HTTP error is built from: the response's status, headers and decoded body. */
export interface HttpErrorInit {
  status: number;
  headers?: HeadersInput;
  body?: unknown;
  url?: string;
  message?: string;
}

/** A failed HTTP response thrown by {@link assertOk}, with its body already decoded. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly url?: string;

  constructor(init: HttpErrorInit) {
    super(init.message ?? `HTTP ${init.status}${init.url ? ` for ${init.url}` : ''}`);
    this.status = init.status;
    this.headers = toHeaders(init.headers);
    this.body = init.body;
    this.url = init.url;
  }
}

/**
 * A 402 (or another status the app treats as one). Its parsed form is
 * `toPaymentRequiredIncident(error)` from `react-payment-required/parse`, kept out of this class
 * so that throwing it does not pull the parser into a bundle.
 */
export class PaymentRequiredError extends HttpError {
  override name = 'PaymentRequiredError';

  constructor(init: Partial<HttpErrorInit> = {}) {
    const status = init.status ?? 402;
    super({ ...init, status, message: init.message ?? `Payment required (HTTP ${status})` });
  }
}

/**
 * Passes an ok response through; otherwise reads its body once and throws a
 * {@link PaymentRequiredError} (402, or a status in `statuses`) or an {@link HttpError}.
 * `fetch(url).then(assertOk).then((r) => r.json())`
 */
export async function assertOk(response: Response, options?: { statuses?: readonly number[] }): Promise<Response> {
  if (response.ok) return response;
  const init: HttpErrorInit = {
    status: response.status,
    headers: response.headers,
    body: await readBody(response),
    url: response.url || undefined,
  };
  const payment = response.status === 402 || !!options?.statuses?.includes(response.status);
  throw payment ? new PaymentRequiredError(init) : new HttpError(init);
}
