import type { FetchFunction } from '../../src/core/micropayment/paymentFetch';

const base64 = (value: unknown) => btoa(JSON.stringify(value));

/**
 * An in-process x402 v2 resource server behind a fake `fetch`: 402 with `PAYMENT-REQUIRED`
 * until a request carries `PAYMENT-SIGNATURE`; it counts every paid request. `settles: false`
 * answers a payment with a failed settlement (`PAYMENT-RESPONSE`, `success: false`). `amount`
 * is the price it asks in USDC base units, read on each request so a test can change it.
 */
export function fakeX402Server({ settles = true, amount = () => '10000' }: { settles?: boolean; amount?: () => string } = {}) {
  const paid: string[] = [];
  const paidBodies: unknown[] = [];
  let requests = 0;
  const fetch: FetchFunction = async (input, init) => {
    requests++;
    const url = String(input);
    const payment = new Headers(init?.headers).get('payment-signature');
    let response: Response;
    if (payment) {
      paid.push(payment);
      paidBodies.push(init?.body);
      response = settles
        ? new Response(JSON.stringify({ forecast: 'Sunny, 24°C' }), {
            status: 200,
            headers: { 'content-type': 'application/json', 'payment-response': base64({ success: true, transaction: '0xabc' }) },
          })
        : new Response('{}', {
            status: 402,
            headers: { 'content-type': 'application/json', 'payment-response': base64({ success: false, errorReason: 'insufficient_funds' }) },
          });
    } else {
      const challenge = {
        x402Version: 2,
        error: 'PAYMENT-SIGNATURE header is required',
        resource: { url, description: 'Premium weather data' },
        accepts: [
          {
            scheme: 'exact',
            network: 'eip155:84532',
            amount: amount(),
            asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e',
            payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C',
            maxTimeoutSeconds: 60,
            extra: { name: 'USDC', version: '2' },
          },
        ],
      };
      response = new Response('{}', { status: 402, headers: { 'content-type': 'application/json', 'payment-required': base64(challenge) } });
    }
    // A real fetch's response knows its URL; assertOk puts it on the error.
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
  return { fetch, paid, paidBodies, requests: () => requests };
}
