import { assertOk, PaymentRequiredError } from '../error';
import { base64Json } from '../parse/decode';
import { defaultPaymentVault, requestKey, type PaymentVault } from './paymentVault';

/** A `fetch`-compatible function. */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Options of {@link withPayments}. */
export interface PaymentFetchOptions {
  /** Where payments wait for their retry; the one the micropayment prompt uses by default. */
  vault?: PaymentVault;
}

/** An x402 settlement response (`PAYMENT-RESPONSE` in v2, `X-PAYMENT-RESPONSE` in v1), as far as it is readable. */
export interface PaymentSettlement {
  success?: boolean;
  errorReason?: string;
  errorMessage?: string;
  transaction?: string;
  network?: string;
  payer?: string;
}

const stringField = (value: unknown): string | undefined => (typeof value === 'string' && value ? value.slice(0, 500) : undefined);

/** Reads the base64 JSON settlement response of an x402 server, or `undefined` when there is none. */
export function readPaymentSettlement(headers: Headers): PaymentSettlement | undefined {
  const json = base64Json(headers.get('payment-response') ?? headers.get('x-payment-response') ?? undefined);
  if (typeof json !== 'object' || json === null) return undefined;
  const fields = json as Record<string, unknown>;
  return {
    success: typeof fields.success === 'boolean' ? fields.success : undefined,
    errorReason: stringField(fields.errorReason),
    errorMessage: stringField(fields.errorMessage),
    transaction: stringField(fields.transaction),
    network: stringField(fields.network),
    payer: stringField(fields.payer),
  };
}

/**
 * Wraps `fetch` so a paid retry carries its payment: a header the micropayment prompt put in the
 * vault (from `onPay`) is attached to the next request with that method to that URL, **once**. The answer to a
 * paid request is checked: a 402 again, or a failed settlement (`PAYMENT-RESPONSE` /
 * `X-PAYMENT-RESPONSE` with `success: false`), throws a {@link PaymentRequiredError} whose
 * incident shows the refusal, and nothing is paid again without the user asking. Requests
 * without a waiting payment pass through untouched.
 *
 * `const api = withPayments(fetch); api(url).then(assertOk)`
 */
export function withPayments(fetchImpl?: FetchFunction, options: PaymentFetchOptions = {}): FetchFunction {
  const vault = options.vault ?? defaultPaymentVault;
  vault.connect();
  return async (input, init) => {
    // Looked up per call, so a fetch patched later (MSW, test stubs) is the one used.
    const send = fetchImpl ?? globalThis.fetch;
    const request = typeof Request !== 'undefined' && input instanceof Request ? input : undefined;
    const url = request ? request.url : input instanceof URL ? input.href : String(input);
    const method = init?.method ?? request?.method ?? 'GET';
    const payment = vault.take(url, method);
    if (!payment) {
      const response = await send(input, init);
      // The method that was asked to pay: the payment made for it is keyed to it.
      if (response.status === 402) vault.recordChallenge(url, method);
      return response;
    }

    const headers = new Headers(init?.headers ?? request?.headers);
    for (const [name, value] of Object.entries(payment)) headers.set(name, value);
    // If this throws (network error), the payment stays spent: the server may have settled it.
    const response = await send(input, { ...init, headers });
    if (response.ok) {
      vault.recordSuccess(url, method);
      return response;
    }
    const settlement = readPaymentSettlement(response.headers);
    if (response.status !== 402 && settlement?.success !== false) return response;
    vault.recordChallenge(url, method);
    vault.recordRefusal(url, { errorReason: settlement?.errorReason, errorMessage: settlement?.errorMessage });
    throw await refusedPayment(response, url);
  };
}

/** The refused paid request as a thrown 402 (or the server's status), with its body decoded. */
async function refusedPayment(response: Response, url: string): Promise<PaymentRequiredError> {
  const error = await assertOk(response, { statuses: [response.status] }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const init = error instanceof PaymentRequiredError ? error : undefined;
  return new PaymentRequiredError({
    status: response.status,
    headers: response.headers,
    body: init?.body,
    url: init?.url ?? requestKey(url),
  });
}
