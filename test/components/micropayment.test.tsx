import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MicropaymentPrompt } from '../../src/components';
import { formatMicropaymentAmount } from '../../src/components/micropayment/micropaymentDisplay';
import type { MicropaymentRequest } from '../../src/core/types';
import { withPayments } from '../../src/core/micropayment/paymentFetch';
import { PaymentVault } from '../../src/core/micropayment/paymentVault';
import { createMessageFormatter } from '../../src/messages/formatter';
import { sampleIncident, sampleX402v2Request } from '../../src/devtools/samples';
import { deferred } from './deferred';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';

/** The sample x402 v2 request (0.01 USDC on Base Sepolia), with `overrides`. */
const x402Request = (overrides: Partial<MicropaymentRequest> = {}): MicropaymentRequest => ({ ...sampleX402v2Request, ...overrides });

const micropaymentIncident = (request = x402Request()) => sampleIncident({ reason: 'micropayment_required', micropayment: request });

test('shows what is asked: the amount once, on the Pay button; network, recipient (shortened) and resource as details', () => {
  render(<MicropaymentPrompt incident={micropaymentIncident()} onPay={vi.fn()} />);
  const dialog = screen.getByRole('dialog', { name: 'Pay to continue' });
  expect(dialog).toHaveAccessibleDescription('Nothing is paid until you confirm.');
  expect(screen.getByText('Access to premium market data')).toBeInTheDocument();
  const terms = [...document.querySelectorAll('dt')].map((term) => term.textContent);
  const values = [...document.querySelectorAll('dd')].map((value) => value.textContent);
  expect(terms).toEqual(['Network', 'Paid to', 'For']);
  expect(values).toEqual(['eip155:84532', '0x2096…287C', 'https://api.example.com/premium-data']);
  expect(screen.getByText('0x2096…287C')).toHaveAttribute('title', '0x209693Bc6afc0C5328bA36FaF03C514EF312287C');
  expect(screen.getByRole('button', { name: 'Pay 0.01 USDC' })).toHaveFocus();
  expect(dialog.textContent!.split('0.01 USDC')).toHaveLength(2);
});

test('German says the amount once too, on the Pay button', async () => {
  render(<MicropaymentPrompt incident={micropaymentIncident()} onPay={vi.fn()} locale="de" />);
  // The German catalogue is a chunk of its own: the prompt shows once it has arrived.
  const dialog = await screen.findByRole('dialog', { name: 'Bezahlen, um fortzufahren' });
  expect(dialog).toHaveAccessibleDescription('Es wird erst bezahlt, wenn du bestätigst.');
  const pay = screen.getAllByRole('button').find((button) => button.textContent!.includes('USDC'))!;
  expect(pay).toHaveFocus();
  expect(dialog.textContent!.split(/0,01\sUSDC/)).toHaveLength(2);
});

test('pays once: the button is disabled while paying; success resolves', async () => {
  const user = userEvent.setup();
  const payment = deferred();
  const onPay = vi.fn(() => payment.promise);
  const onResolved = vi.fn();
  const request = x402Request();
  const inc = micropaymentIncident(request);
  render(<MicropaymentPrompt incident={inc} onPay={onPay} onResolved={onResolved} />);
  const pay = screen.getByRole('button', { name: 'Pay 0.01 USDC' });
  await user.click(pay);
  await user.click(pay);
  await user.dblClick(pay);
  expect(onPay).toHaveBeenCalledTimes(1);
  expect(onPay).toHaveBeenCalledWith(request, inc);
  expect(pay).toHaveAttribute('aria-disabled', 'true');
  // "Not now" and Escape stay usable mid-payment (the way out of a wallet that never answers).
  expect(screen.getByRole('button', { name: 'Not now' })).not.toHaveAttribute('aria-disabled');
  await act(async () => payment.resolve({ paid: true }));
  expect(onResolved).toHaveBeenCalledTimes(1);
});

test('never pays twice for one request, even from a second prompt', async () => {
  const user = userEvent.setup();
  const payment = deferred();
  const onPay = vi.fn(() => payment.promise);
  const inc = micropaymentIncident();
  const first = render(<MicropaymentPrompt incident={inc} onPay={onPay} />);
  await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
  first.unmount();
  render(<MicropaymentPrompt incident={inc} onPay={onPay} />);
  await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
  expect(onPay).toHaveBeenCalledTimes(1);
  await act(async () => payment.resolve(undefined));
});

test('a failed payment shows the error and may be tried again', async () => {
  const user = userEvent.setup();
  const onPay = vi.fn().mockRejectedValueOnce(new Error('Wallet rejected the signature.')).mockResolvedValueOnce(undefined);
  const onResolved = vi.fn();
  render(<MicropaymentPrompt incident={micropaymentIncident()} onPay={onPay} onResolved={onResolved} />);
  await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Wallet rejected the signature.');
  expect(onResolved).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
  expect(onPay).toHaveBeenCalledTimes(2);
  expect(onResolved).toHaveBeenCalledTimes(1);
});

test('cancelled (false): can pay later', async () => {
  const user = userEvent.setup();
  const onPay = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(undefined);
  const onResolved = vi.fn();
  render(<MicropaymentPrompt incident={micropaymentIncident()} onPay={onPay} onResolved={onResolved} />);
  await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
  expect(onResolved).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
  expect(onResolved).toHaveBeenCalledTimes(1);
});

test('without onPay there is nothing to press but "Not now"', () => {
  render(<MicropaymentPrompt incident={micropaymentIncident()} />);
  expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Not now']);
});

test('a request already paid on the page shows a paid state, not a live "Pay" button', async () => {
  const user = userEvent.setup();
  const request = x402Request();
  const onPay = vi.fn().mockResolvedValue(true);
  const first = render(<MicropaymentPrompt incident={micropaymentIncident(request)} onPay={onPay} variant="inline" />);
  await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
  expect(onPay).toHaveBeenCalledTimes(1);
  first.unmount();

  render(<MicropaymentPrompt incident={micropaymentIncident(request)} onPay={onPay} variant="inline" />);
  const pay = screen.getByRole('button', { name: 'Pay 0.01 USDC' });
  expect(pay).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByText('Already paid')).toHaveAttribute('role', 'status');
  await user.click(pay);
  expect(onPay).toHaveBeenCalledTimes(1);
});

test('the paid state is in the German catalogue too', async () => {
  const user = userEvent.setup();
  const request = x402Request();
  const onPay = vi.fn().mockResolvedValue(true);
  const first = render(<MicropaymentPrompt incident={micropaymentIncident(request)} onPay={onPay} variant="inline" />);
  await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
  first.unmount();
  render(<MicropaymentPrompt incident={micropaymentIncident(request)} onPay={onPay} variant="inline" locale="de" />);
  expect(await screen.findByText('Bereits bezahlt')).toHaveAttribute('role', 'status');
});

const RESOURCE = 'https://api.example.com/premium/weather';

/**
 * A vault a wrapped fetch reads from, as in an app that called `withPayments(fetch)`, after
 * that fetch saw `GET RESOURCE` answered with a 402 (so the payment is keyed to that request).
 */
async function connectedVault(): Promise<PaymentVault> {
  const vault = new PaymentVault();
  await withPayments(async () => new Response(null, { status: 402 }), { vault })(RESOURCE);
  return vault;
}

describe('the payment header from onPay', () => {
  test('is held for the retry of the request, then the request re-runs', async () => {
    const user = userEvent.setup();
    const vault = await connectedVault();
    const onResolved = vi.fn();
    const inc = micropaymentIncident(x402Request({ paymentHeader: 'PAYMENT-SIGNATURE' }));
    render(<MicropaymentPrompt incident={{ ...inc, url: RESOURCE }} onPay={async () => 'signed'} onResolved={onResolved} vault={vault} />);
    await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
    expect(onResolved).toHaveBeenCalledTimes(1);
    expect(vault.take(RESOURCE)).toEqual({ 'payment-signature': 'signed' });
  });

  test('without a wrapped fetch to carry it, the prompt says so and stays open', async () => {
    const user = userEvent.setup();
    const onResolved = vi.fn();
    const onPay = vi.fn(async () => 'signed');
    render(<MicropaymentPrompt incident={micropaymentIncident(x402Request({ paymentHeader: 'PAYMENT-SIGNATURE' }))} onPay={onPay} onResolved={onResolved} vault={new PaymentVault()} />);
    await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/no fetch is wrapped with withPayments\(\)/);
    expect(onResolved).not.toHaveBeenCalled();
    // Nothing was sent, so paying again is allowed.
    await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
    expect(onPay).toHaveBeenCalledTimes(2);
  });

  test('a second prompt for the same request re-runs it with the waiting payment instead of paying again', async () => {
    const user = userEvent.setup();
    const vault = await connectedVault();
    const onPay = vi.fn(async () => 'signed');
    const onResolved = vi.fn();
    const request = () => x402Request({ paymentHeader: 'PAYMENT-SIGNATURE' });
    const first = render(<MicropaymentPrompt incident={{ ...micropaymentIncident(request()), url: RESOURCE }} onPay={onPay} vault={vault} />);
    await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
    first.unmount();
    render(<MicropaymentPrompt incident={{ ...micropaymentIncident(request()), url: RESOURCE }} onPay={onPay} onResolved={onResolved} vault={vault} />);
    // The payment made is shown as usable, never as a dead "Already paid".
    expect(screen.getByText('Already paid')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: 'Pay 0.01 USDC' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue with this payment' }));
    expect(onPay).toHaveBeenCalledTimes(1);
    expect(onResolved).toHaveBeenCalledTimes(1);
  });
});

describe('a refused payment', () => {
  test('a failed settlement with no new price: the reason, and "Try again" re-runs the request unpaid', async () => {
    const user = userEvent.setup();
    const onPay = vi.fn();
    const onResolved = vi.fn();
    const refused = sampleIncident({
      reason: 'payment_failed',
      format: 'x402',
      code: 'insufficient_funds',
      message: 'insufficient_funds',
      micropayment: { protocol: 'x402', version: 2, network: 'eip155:84532', paymentHeader: 'PAYMENT-SIGNATURE', options: [] },
    });
    render(<MicropaymentPrompt incident={refused} onPay={onPay} onResolved={onResolved} />);
    const dialog = screen.getByRole('dialog', { name: 'Your payment didn’t go through' });
    expect(dialog).toHaveAttribute('data-payment', 'refused');
    expect(screen.getByText('insufficient_funds')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Pay/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onResolved).toHaveBeenCalledTimes(1);
    expect(onPay).not.toHaveBeenCalled();
  });

  test('a refusal that comes with the price again: paying again is one more explicit click', async () => {
    const user = userEvent.setup();
    const onPay = vi.fn().mockResolvedValue(undefined);
    const request = x402Request({ options: [{ scheme: 'exact' }] });
    render(<MicropaymentPrompt incident={sampleIncident({ reason: 'payment_failed', message: 'Payment failed: insufficient funds', micropayment: request })} onPay={onPay} />);
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Your payment didn’t go through');
    expect(screen.getByText('Payment failed: insufficient funds')).toBeInTheDocument();
    expect(onPay).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Pay 0.01 USDC' }));
    expect(onPay).toHaveBeenCalledTimes(1);
  });

  test('a refusal that only repeats the dialog is not shown a second time', () => {
    render(<MicropaymentPrompt incident={sampleIncident({ reason: 'payment_failed', message: 'Your payment didn’t go through.', micropayment: x402Request() })} onPay={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Your payment didn’t go through' });
    expect(dialog.textContent!.split('didn’t go through')).toHaveLength(2);
  });

  test('a 402 again after paying is shown as a payment that did not go through', async () => {
    const vault = await connectedVault();
    vault.recordRefusal(RESOURCE, { errorReason: 'invalid_exact_evm_payload_signature' });
    render(<MicropaymentPrompt incident={{ ...micropaymentIncident(), url: RESOURCE }} onPay={vi.fn()} vault={vault} />);
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Your payment didn’t go through');
    expect(screen.getByText('invalid_exact_evm_payload_signature')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay 0.01 USDC' })).not.toHaveAttribute('aria-disabled');
  });
});

describe('formatMicropaymentAmount', () => {
  const messages = createMessageFormatter({ locale: 'en-US' });
  test.each<[Partial<MicropaymentRequest>, string | undefined]>([
    [{ displayAmount: '0.01', currency: 'USD' }, '$0.01'],
    [{ displayAmount: '0.000001', currency: 'BTC' }, 'BTC\u00a00.000001'],
    [{ displayAmount: '0.01', currency: 'USDC' }, '0.01 USDC'],
    [{ displayAmount: '12.5' }, '12.5'],
    [{ displayAmount: '150 sats', amount: '150', currency: 'BTC' }, '150 sats'],
    [{ displayAmount: '$0.01', currency: 'BTC' }, '$0.01'],
    [{ displayAmount: 'lots', amount: '10000', currency: 'USDC' }, '10000 base units of USDC'],
    [{ amount: '10000', asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e' }, '10000 base units of 0x036C…CF7e'],
    [{ amount: '-5' }, undefined],
    [{}, undefined],
  ])('%j → %s', (fields, text) => {
    expect(formatMicropaymentAmount({ protocol: 'x402', options: [], ...fields }, messages)).toBe(text);
  });
});

describe('a per-request price in a scheme with no reader of its own', () => {
  test('opens the micropayment prompt with the stated amount on the Pay button, and hands the raw challenge to onPay', async () => {
    const user = userEvent.setup();
    const incident = parsePaymentRequired({
      status: 402,
      body: 'Missing payment token. Put a token in the x-agent-pay header and try again. The required amount is 0.02 USD',
    });
    expect(incident?.micropayment?.protocol).toBe('other');
    const onPay = vi.fn(() => new Promise<never>(() => {}));
    render(<MicropaymentPrompt incident={incident!} onPay={onPay} />);
    await user.click(screen.getByRole('button', { name: 'Pay $0.02' }));
    expect(onPay).toHaveBeenCalledWith(expect.objectContaining({ protocol: 'other', paymentHeader: 'x-agent-pay', options: [expect.objectContaining({ text: expect.stringContaining('x-agent-pay') })] }), incident);
  });
});
