import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIncident } from '../../src/core/parse/parseIncident';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import type { PaymentRequiredInput } from '../../src/core/types';
import { realFixtures } from '../fixtures/402';
import { loadCorpus, optedInStatuses } from '../support/accuracy';

// The client parses a failure without the per-request payment readers (x402, L402, Payment,
// pay-per-crawl, Cashu, other schemes: their own chunk) unless the response shows a sign of one.
// Two promises: such a parse is exactly the full parser's, and a card, plan or quota 402 does not
// ask for the readers, so it never loads their bytes. (The fuzz tests check the first on
// generated responses too.)
const NOW = Date.parse('2026-06-01T12:00:00Z');
const options = (status: number) => ({ statuses: optedInStatuses(status), now: () => NOW });
const withoutReaders = (input: PaymentRequiredInput) => parseIncident(input, options(input.status as number), undefined);
const needsReaders = (input: PaymentRequiredInput) => withoutReaders(input) === undefined;

// The development split and the 402 fixtures; the evaluation split stays unread here.
const responses = [
  ...loadCorpus(resolve(import.meta.dirname, '../fixtures/corpus')).filter((entry) => entry.split === 'dev'),
  ...realFixtures,
].map((entry) => ({ id: entry.id, input: { status: entry.status, headers: entry.headers, body: entry.body } }));

describe('parsing without the per-request payment readers', () => {
  it('gives the full parser\'s incident for every response that shows no sign of a per-request payment', () => {
    let parsedEarly = 0;
    for (const { id, input } of responses) {
      const early = withoutReaders(input);
      if (early === undefined) continue;
      parsedEarly++;
      expect(early, id).toEqual(parsePaymentRequired(input, options(input.status)));
    }
    expect(parsedEarly).toBeGreaterThan(responses.length / 2);
  });

  it('asks for the readers for every response they change', () => {
    const readersMatter = responses.filter(
      ({ input }) =>
        JSON.stringify(parseIncident(input, options(input.status), [])) !== JSON.stringify(parsePaymentRequired(input, options(input.status))),
    );
    expect(readersMatter.length).toBeGreaterThan(100);
    for (const { id, input } of readersMatter) expect(needsReaders(input), id).toBe(true);
  });

  it('does not ask for them for card, plan and quota 402s that say nothing of a per-request payment', () => {
    const ordinary = responses.filter(({ input }) => {
      const incident = parsePaymentRequired(input, options(input.status));
      return input.status === 402 && incident && !incident.micropayment;
    });
    // One development response names a stablecoin beside a spent balance (a prepaid account, read
    // as a quota only after the x402 reader has looked at it).
    const asking = ordinary.filter(({ input }) => needsReaders(input)).map(({ id }) => id);
    expect(asking).toEqual(['veklom-402-execution-budget-exhausted']);
    expect(ordinary.length).toBeGreaterThan(300);
  });

  it('an ordinary challenge on an opted-in 401 asks for nothing; a paying one does', () => {
    const unauthorized = (challenge: string): PaymentRequiredInput => ({
      status: 401,
      headers: { 'www-authenticate': challenge },
      body: { error: 'unauthorized' },
    });
    expect(needsReaders(unauthorized('Bearer realm="api", error="invalid_token"'))).toBe(false);
    expect(needsReaders(unauthorized('Basic realm="admin"'))).toBe(false);
    expect(needsReaders(unauthorized('L402 macaroon="AGIAJEemVQUTEyNCR0exk7ek90Cg==", invoice="lnbc1500n1pw5kjhmpp5"'))).toBe(true);
    expect(needsReaders(unauthorized('Payment id="x", realm="api", method="tempo", intent="charge", request="e30"'))).toBe(true);
    expect(needsReaders(unauthorized('h402 amount="0.00001", currency="BTC"'))).toBe(true);
  });

  it('each sign on its own asks for the readers', () => {
    const at402 = (headers: Record<string, string>, body: unknown): PaymentRequiredInput => ({ status: 402, headers, body });
    const cases: [string, PaymentRequiredInput][] = [
      ['x402 body', at402({}, { x402Version: 1, accepts: [] })],
      ['x402 v2 header', at402({ 'payment-required': 'eyJ4NDAyVmVyc2lvbiI6Mn0=' }, '')],
      ['failed settlement', at402({ 'payment-response': 'eyJzdWNjZXNzIjpmYWxzZSwiZXJyb3JSZWFzb24iOiJpbnN1ZmZpY2llbnRfZnVuZHMifQ==' }, '')],
      ['stablecoin words', at402({}, { error: 'Wallet has insufficient USDC' })],
      ['Lightning invoice in prose', at402({}, 'Pay this invoice: lnbc1500n1pw5kjhmpp5qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq')],
      ['pay-per-crawl', at402({ 'crawler-price': 'USD 0.01' }, '')],
      ['Cashu', at402({ 'x-cashu': 'creqAabc' }, '')],
      ['a price and nothing else', at402({}, { required_amount: '0.05', currency: 'USD' })],
      ['a wallet payment URI', at402({}, { pay: 'solana:9Wzdxq3kq1Fv4d5GAcbDcG1VCv8FkF7Y9xN1H3cE2b4T?amount=0.05' })],
      ['a bare facilitator refusal', at402({}, { error: 'Payment verification failed' })],
    ];
    for (const [name, input] of cases) {
      expect(needsReaders(input), name).toBe(true);
      expect(parsePaymentRequired(input), name).toMatchObject({ micropayment: expect.any(Object) });
    }
  });
});
