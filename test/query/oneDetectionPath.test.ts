import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { HttpError, PaymentRequiredError } from '../../src/core/error';
import type { FailureExtractor } from '../../src/core/extract';
import { isPaymentRequired, toPaymentRequiredIncident } from '../../src/core/parse/detect';
import type { ParseOptions } from '../../src/core/parse/options';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';

// The provider's client and the `/parse` helpers must reach the same decision for the same error:
// an app that logs `toPaymentRequiredIncident(error)` sees what the dialog shows.
const NOW = Date.parse('2026-06-01T12:00:00Z');
const declined = { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' } };
const forbidden = { error: { message: 'You do not have access to this project.' } };
const quota = { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota' } };

async function bothPaths(error: unknown, options: ParseOptions & { extractors?: readonly FailureExtractor[] } = {}) {
  const { extractors, ...parseOptions } = options;
  const client = getPaymentRequiredClient(new QueryClient());
  const disconnect = client.connect({ parseOptions: { ...parseOptions, now: () => NOW }, extractors });
  const fromClient = await client.toIncident(error);
  disconnect();
  const fromParse = toPaymentRequiredIncident(error, { ...options, now: () => NOW });
  return { fromClient, fromParse };
}

describe('one detection path: the provider client and toPaymentRequiredIncident agree', () => {
  it('a PaymentRequiredError thrown with status 403 and a card decline: the same incident from both', async () => {
    const { fromClient, fromParse } = await bothPaths(new PaymentRequiredError({ status: 403, body: declined }));
    expect(fromParse).toMatchObject({ reason: 'payment_failed', status: 403, declineCode: 'insufficient_funds' });
    expect(fromClient).toEqual(fromParse);
  });

  it('a PaymentRequiredError with status 403 and no billing signal: null from both', async () => {
    const { fromClient, fromParse } = await bothPaths(new PaymentRequiredError({ status: 403, body: forbidden }));
    expect(fromParse).toBeNull();
    expect(fromClient).toBeNull();
  });

  it('a plain 403 error is not a payment problem unless the status is opted in, on both paths', async () => {
    const error = new HttpError({ status: 403, body: declined });
    const byDefault = await bothPaths(error);
    expect(byDefault.fromParse).toBeNull();
    expect(byDefault.fromClient).toBeNull();
    const optedIn = await bothPaths(error, { statuses: [402, 403] });
    expect(optedIn.fromParse).toMatchObject({ reason: 'payment_failed', status: 403 });
    expect(optedIn.fromClient).toEqual(optedIn.fromParse);
  });

  it('an opted-in 429 quota, a plain 402, and an error only an adapter reads: the same on both paths', async () => {
    const cases: [unknown, ParseOptions & { extractors?: readonly FailureExtractor[] }][] = [
      [new HttpError({ status: 429, body: quota }), { statuses: [402, 429] }],
      [{ status: 402, body: 'Payment Required' }, {}],
      [{ weird: { code: 402, payload: declined } }, { extractors: [(e) => ({ status: 402, body: (e as { weird: { payload: unknown } }).weird.payload })] }],
    ];
    for (const [error, options] of cases) {
      const { fromClient, fromParse } = await bothPaths(error, options);
      expect(fromParse).not.toBeNull();
      expect(fromClient).toEqual(fromParse);
      expect(isPaymentRequired(error, options)).toBe(true);
    }
  });

  it('per-request payments (x402, L402, a Payment challenge), read by the client once it has loaded their readers: the same on both paths', async () => {
    const cases: unknown[] = [
      new PaymentRequiredError({ body: { x402Version: 1, error: 'X-PAYMENT header is required', accepts: [{ scheme: 'exact', network: 'base', maxAmountRequired: '10000', payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C' }] } }),
      new PaymentRequiredError({ headers: { 'www-authenticate': 'L402 macaroon="AGIAJEemVQUTEyNCR0exk7ek90Cg==", invoice="lnbc1500n1pw5kjhmpp5qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"' }, body: 'Payment Required' }),
      new PaymentRequiredError({ headers: { 'www-authenticate': 'Payment id="abc", realm="api.example.com", method="tempo", intent="charge", request="eyJhbW91bnQiOiIxMDAwIiwiY3VycmVuY3kiOiJ1c2QifQ"' } }),
    ];
    for (const error of cases) {
      const { fromClient, fromParse } = await bothPaths(error);
      expect(fromParse).toMatchObject({ reason: 'micropayment_required' });
      expect(fromClient).toEqual(fromParse);
    }
  });
});
