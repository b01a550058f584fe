import { describe, expect, it } from 'vitest';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { paymentRequiredIncidentSchema } from '../../src/core/schema';
import type { PaymentRequiredInput } from '../../src/core/types';

// Issue 13, deliverable 4: a per-request payment that carries no full challenge (a facilitator's
// refusal, a Cashu request) still opens the micropayment prompt, which shows only when the
// incident has `micropayment`; bodies that name no machine payment keep their card reading.
const parse = (input: Partial<PaymentRequiredInput>, statuses = [402]) => {
  const incident = parsePaymentRequired({ status: 402, ...input }, { statuses });
  if (incident) expect(paymentRequiredIncidentSchema.safeParse(incident).error).toBeUndefined();
  return incident;
};

describe('x402 refusals without requirements stay in the micropayment prompt', () => {
  it.each([
    ['verification failed, with a facilitator reason', { error: 'Payment verification failed', reason: 'authorization_validity_too_short' }],
    ['verification failed, reason in the text', { error: 'payment verification failed: unexpected_verify_error' }],
    ['settlement failed as a code', { error: 'Something went wrong', code: 'SETTLEMENT_FAILED' }],
    ['settlement failed in an envelope', { success: false, error: 'Settlement failed' }],
    ['inside an Anthropic-shaped error', { type: 'error', error: { type: 'invalid_request_error', message: 'Payment verification failed: insufficient_funds' } }],
    ['no matching requirements', { error: 'Payment required', message: 'No matching payment method found' }],
    ['an expired signature', { error: 'Payment rejected', reason: 'expired_signature' }],
  ])('%s', (_name, body) => {
    const incident = parse({ body });
    expect(incident).toMatchObject({ reason: 'payment_failed', format: 'x402', micropayment: { protocol: 'x402', options: [] } });
  });

  it('reads a plain-text refusal', () => {
    expect(parse({ body: 'Failed to settle payment with the facilitator' })?.micropayment?.protocol).toBe('x402');
  });

  it('reads a validation error that points at the signed payload', () => {
    const issue = (field: string) => ({ code: 'invalid_type', path: ['payload', field], message: 'Required' });
    const body = { error: { issues: [{ code: 'invalid_union', unionErrors: [{ issues: [issue('signature')] }, { issues: [issue('transaction')] }] }], name: 'ZodError' } };
    expect(parse({ body })).toMatchObject({ reason: 'payment_failed', micropayment: { protocol: 'x402' } });
    // A validation error about anything else is no payment.
    expect(parse({ body: { error: { issues: [{ path: ['email'], message: 'Required' }] } } })?.micropayment).toBeUndefined();
  });

  it('keeps a full challenge with its own protocol', () => {
    const incident = parse({ headers: { 'www-authenticate': 'L402 macaroon="AgEL", invoice="lnbc1500n1pj9x7xzpp5qqqsyqcyq5rqwzqfqypqxyz"' }, body: { error: 'Payment verification failed' } });
    expect(incident?.micropayment?.protocol).toBe('l402');
  });

  it('leaves a bad request signature on another opted-in status alone', () => {
    expect(parse({ status: 401, body: { error: 'Invalid signature' } }, [401, 402])).toBeNull();
  });

  it.each([
    ['a card that failed verification', { error: { message: 'Card verification failed' } }, 'payment_method_invalid'],
    ['a payment method that could not be verified', { message: 'Payment method could not be verified.' }, 'payment_method_invalid'],
    ['a plain decline', { error: 'Your card was declined.' }, 'payment_failed'],
    ['a bare Payment Required', { error: 'Payment Required' }, 'unknown'],
  ])('leaves %s in the card modal', (_name, body, reason) => {
    const incident = parse({ body });
    expect(incident?.reason).toBe(reason);
    expect(incident?.micropayment).toBeUndefined();
  });
});

describe('Cashu (NUT-24)', () => {
  it('reads a NUT-18 payment request in X-Cashu', () => {
    const incident = parse({ headers: { 'x-cashu': 'creqAo2F0gaNhdGVub3N0cg' }, body: '' });
    expect(incident).toMatchObject({
      reason: 'micropayment_required',
      format: 'cashu',
      micropayment: { protocol: 'cashu', paymentHeader: 'X-Cashu', options: [{ request: 'creqAo2F0gaNhdGVub3N0cg' }] },
    });
  });

  it('reads a home-made accepts object that offers Cashu', () => {
    const incident = parse({ body: { error: 'payment required', accepts: { cashu: { mint: 'https://mint.example', amount: 10, unit: 'sat' } } } });
    expect(incident).toMatchObject({ reason: 'micropayment_required', micropayment: { protocol: 'cashu', amount: '10', displayAmount: '10 sat', currency: 'sat' } });
  });

  it('ignores an X-Cashu header that is no payment request', () => {
    expect(parse({ headers: { 'x-cashu': 'cashuBo2F0gaJhaUgA' }, body: '' })?.micropayment).toBeUndefined();
  });
});

describe('per-request payment requests in shapes other than the reference ones', () => {
  const invoice =
    'lnbc2500n1pjq8z3kpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpuaztrnwngzn3kdzw5hydlzf03qdgm2hdq27cqv3agm2awhz5se903vruatfhq77w3ls4evs3ch9zw97j25emudupq63nyw24cg27h2rspfj9srp';

  it('a BOLT11 invoice one level down, in plain text, or in another challenge scheme is a Lightning payment', () => {
    expect(parse({ body: { error: 'payment required', data: { payment_request: invoice } } })).toMatchObject({
      reason: 'micropayment_required',
      micropayment: { protocol: 'l402', amount: '250' },
    });
    expect(parse({ body: `Payment required. Pay this invoice to continue: ${invoice}` })?.micropayment).toMatchObject({ protocol: 'l402', amount: '250' });
    expect(parse({ headers: { 'www-authenticate': `Lightning invoice="lightning:${invoice}"` }, body: '' })?.micropayment).toMatchObject({ protocol: 'l402', amount: '250' });
    // A challenge whose `invoice` is no BOLT11 invoice is no Lightning payment.
    expect(parse({ headers: { 'www-authenticate': 'Billing invoice="INV-2024-001"' }, body: '' })?.micropayment).toBeUndefined();
  });

  it("a fork's own version key around x402's accepts[] is an x402 challenge", () => {
    const accepts = [{ scheme: 'exact', namespace: 'evm', networkId: '56', amountRequired: 1000, payToAddress: '0xabc', tokenAddress: '0xdef' }];
    expect(parse({ body: { h402Version: 1, error: 'Payment required', accepts } })).toMatchObject({
      reason: 'micropayment_required',
      micropayment: { protocol: 'x402', options: accepts },
    });
  });

  it("x402's header names in prose mark a per-request payment", () => {
    expect(parse({ body: { error: 'Missing X-PAYMENT header' } })?.micropayment?.protocol).toBe('x402');
    expect(parse({ body: { error: 'PAYMENT-SIGNATURE header could not be decoded' } })).toMatchObject({
      reason: 'payment_failed',
      micropayment: { protocol: 'x402' },
    });
  });
});

describe('a per-request price in a scheme with no reader of its own', () => {
  it('an X-Payment-Required or Pay challenge header opens the micropayment prompt with what it states', () => {
    expect(parse({ headers: { 'x-payment-required': 'ecash; amount="0.25"; action="upload"' }, body: { message: 'Payment required for upload' } })).toMatchObject({
      reason: 'micropayment_required',
      micropayment: { protocol: 'other', scheme: 'ecash', amount: '0.25', options: [{ challenge: 'ecash; amount="0.25"; action="upload"' }] },
    });
    expect(parse({ headers: { pay: 'https://ledger.example 12 payee.example.recv nonce123' }, body: '' })?.micropayment).toMatchObject({ protocol: 'other', amount: '12' });
  });

  it('a body that is only a price, or prose naming the header to pay in and the amount, is a per-request payment', () => {
    expect(parse({ body: { required_amount: '0.05', currency: 'tokens', pay_at: 'https://pay.example/buy' } })?.micropayment).toMatchObject({
      protocol: 'other',
      amount: '0.05',
      currency: 'tokens',
    });
    const text = 'Missing payment token. Put a token in the x-agent-pay header and try again. The required amount is 0.02 USD';
    expect(parse({ body: text })?.micropayment).toMatchObject({ protocol: 'other', amount: '0.02', currency: 'USD', paymentHeader: 'x-agent-pay' });
  });

  it('a card or prepaid problem that states an amount stays what it is', () => {
    // A message or code beside the amount: the body says more than a price.
    expect(parse({ body: { error: 'insufficient_balance', required_amount: 5, currency: 'USD' } })?.micropayment).toBeUndefined();
    expect(parse({ body: 'Your card was declined. The required amount is 20 USD.' })?.micropayment).toBeUndefined();
    // Only a 402 asks for a per-request payment this way.
    expect(parse({ status: 400, headers: { 'x-payment-required': 'ecash; amount="1"' }, body: { error: 'bad request' } }, [402, 400])?.micropayment).toBeUndefined();
  });
});

describe('more per-request payment shapes', () => {
  it("a fork's refusal beside its requirements is a refused payment", () => {
    const accepts = [{ scheme: 'exact', namespace: 'evm', amountRequired: 0.01, payToAddress: '0xabc' }];
    expect(parse({ body: { h402Version: 1, error: 'Unable to find matching payment requirements', accepts } })).toMatchObject({ reason: 'payment_failed', micropayment: { protocol: 'x402' } });
    expect(parse({ body: { h402Version: 1, error: {}, payer: '0xdef', accepts } })?.reason).toBe('payment_failed');
  });

  it("a v2 challenge whose error says the payment sent matched nothing, or lacks an allowance, is a refused payment", () => {
    const challenge = (error: string) => ({
      'payment-required': Buffer.from(
        JSON.stringify({ x402Version: 2, error, accepts: [{ scheme: 'exact', network: 'eip155:8453', amount: '1000', asset: '0xabc', payTo: '0xdef', maxTimeoutSeconds: 60 }] }),
      ).toString('base64'),
    });
    expect(parse({ headers: challenge('No matching payment requirements'), body: {} })).toMatchObject({ reason: 'payment_failed', micropayment: { protocol: 'x402', amount: '1000' } });
    expect(parse({ status: 412, headers: challenge('permit2_allowance_required'), body: {} }, [402, 412])?.reason).toBe('payment_failed');
    // The first challenge asks for a payment: its error names the header that is missing.
    expect(parse({ headers: challenge('PAYMENT-SIGNATURE header is required'), body: {} })?.reason).toBe('micropayment_required');
  });

  it('a BOLT11 invoice in an X-Lightning header is a Lightning payment', () => {
    const invoice =
      'lnbc2500n1pjq8z3kpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpuaztrnwngzn3kdzw5hydlzf03qdgm2hdq27cqv3agm2awhz5se903vruatfhq77w3ls4evs3ch9zw97j25emudupq63nyw24cg27h2rspfj9srp';
    expect(parse({ headers: { 'x-lightning': invoice }, body: '' })?.micropayment).toMatchObject({ protocol: 'l402', amount: '250' });
  });

  it('a Cashu request sent as plain base64 JSON is read', () => {
    const request = Buffer.from(JSON.stringify({ a: 21, u: 'sat', m: ['https://mint.example'] })).toString('base64');
    expect(parse({ headers: { 'x-cashu': request }, body: '' })?.micropayment).toMatchObject({ protocol: 'cashu', amount: '21', currency: 'sat' });
    // A token (no request) in the header says nothing.
    expect(parse({ headers: { 'x-cashu': 'cashuAeyJ0b2tlbiI6W119' }, body: '' })?.micropayment).toBeUndefined();
  });

  it('a payment proof presented twice is a refused payment', () => {
    const refused = parse({ status: 401, body: { error: 'TOKEN_ALREADY_USED', cause: 'Preimage was already presented' } }, [402, 401]);
    expect(refused).toMatchObject({ reason: 'payment_failed', micropayment: { protocol: 'l402' } });
  });
});

describe('a wallet payment URI in a 402', () => {
  it('is a per-request payment with the amount and network the URI states', () => {
    const body = { status: 'unpaid', job_id: 'j1', pay_url: 'solana:9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin?amount=0.25&label=transcribe' };
    expect(parse({ body })).toMatchObject({ reason: 'micropayment_required', micropayment: { protocol: 'other', amount: '0.25', network: 'solana' } });
    // A web link is no wallet payment.
    expect(parse({ body: { status: 'unpaid', pay_url: 'https://pay.example.com/checkout/123' } })?.micropayment).toBeUndefined();
  });
});
