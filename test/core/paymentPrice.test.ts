import { holdPaymentForRetry } from '../../src/core/micropayment/paymentHeaders';
import { asksPrice, priceOf, withPrice } from '../../src/core/micropayment/paymentPrice';
import { PaymentVault } from '../../src/core/micropayment/paymentVault';
import type { MicropaymentRequest, PaymentRequiredIncident } from '../../src/core/types';

const request: MicropaymentRequest = {
  protocol: 'l402',
  amount: '150',
  displayAmount: '150 sats',
  network: 'bitcoin',
  payTo: 'node-1',
  resource: 'https://api.example.com/data',
  description: 'Data',
  paymentHeader: 'Authorization',
  options: [{ macaroon: 'secret-macaroon', invoice: 'lnbc1secret' }],
};
const incident = (micropayment: MicropaymentRequest): PaymentRequiredIncident => ({
  reason: 'micropayment_required',
  status: 402,
  format: 'l402',
  url: 'https://api.example.com/data',
  links: {},
  raw: null,
  micropayment,
});

test('the vault remembers the price a payment was made for, and none of its secrets', () => {
  const vault = new PaymentVault();
  vault.connect();
  vault.recordChallenge('https://api.example.com/data', 'GET');
  expect(holdPaymentForRetry(incident(request), 'L402 mac:preimage', vault)).toBe(true);

  const price = vault.waitingPriceOf({ url: 'https://api.example.com/data', method: 'GET' });
  expect(price).toMatchObject({ protocol: 'l402', amount: '150', network: 'bitcoin', payTo: 'node-1' });
  expect(JSON.stringify(price)).not.toMatch(/secret|preimage|mac:/);
  // The same object while it waits (a stable snapshot), gone once the retry takes the header.
  expect(vault.waitingPriceOf({ url: 'https://api.example.com/data' })).toBe(price);
  vault.take('https://api.example.com/data');
  expect(vault.waitingPriceOf({ url: 'https://api.example.com/data' })).toBeUndefined();
});

test('a request asks the same price only when every price field is equal', () => {
  const price = priceOf(request);
  expect(asksPrice({ ...request, description: 'Other words', options: [] }, price)).toBe(true);
  expect(asksPrice({ ...request, amount: '300', displayAmount: '300 sats' }, price)).toBe(false);
  expect(asksPrice({ ...request, payTo: 'node-2' }, price)).toBe(false);
  expect(asksPrice({ ...request, network: 'testnet' }, price)).toBe(false);
  // Shown at the held price: fields the held price lacks are not borrowed from the new request.
  const shown = withPrice({ ...request, amount: '300', asset: '0xnew' }, price);
  expect(shown).toMatchObject({ amount: '150', displayAmount: '150 sats', asset: undefined, resource: request.resource });
});

test('a price an app deposits with only some fields is compared on those fields', () => {
  const price = { amount: '150', payTo: 'node-1' };
  expect(asksPrice(request, price)).toBe(true);
  expect(asksPrice({ ...request, amount: '151' }, price)).toBe(false);
  expect(withPrice({ ...request, amount: '151' }, price)).toMatchObject({ amount: '150', protocol: 'l402', network: 'bitcoin' });
});
