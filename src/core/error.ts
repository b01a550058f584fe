import { toHeaders } from './headers';
import { MAX_BODY_CHARS } from './limits';
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

/** Reads a response body once, at most {@link MAX_BODY_CHARS} characters; decodes JSON when it is JSON. */
async function readBody(response: Response): Promise<unknown> {
  let text = '';
  try {
    const reader = response.body?.getReader();
    if (reader) {
      // Stream and stop at the cap, so a huge error page is never held in memory whole.
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        if (text.length > MAX_BODY_CHARS) {
          await reader.cancel().catch(() => {});
          break;
        }
      }
      text += decoder.decode();
    } else {
      text = await response.text();
    }
  } catch {
    // A body that cannot be read is reported as no body.
  }
  text = text.slice(0, MAX_BODY_CHARS);
  if (!text.trim()) return undefined;
  if (/json/i.test(response.headers.get('content-type') ?? '') || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // not JSON after all: keep the text
    }
  }
  return text;
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
