import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { PaymentRequiredError } from '../../src/core/error';
import type { HeadersInput } from '../../src/core/types';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';

// From the thrown 402 to the dialog on screen: a per-request payment, even a malformed or refused
// one, is shown in the micropayment prompt, never in the card modal ("Update payment method").
const b64 = (value: unknown) => btoa(JSON.stringify(value));
const accepts = [{ scheme: 'exact', network: 'base', maxAmountRequired: '10000', payTo: '0x1', asset: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913' }];

function Report({ headers, body }: { headers?: HeadersInput; body?: unknown }) {
  const query = useQuery({
    queryKey: ['report'],
    queryFn: async (): Promise<string> => {
      throw new PaymentRequiredError({ status: 402, headers, body, url: 'https://api.example.com/report' });
    },
  });
  return <p>{query.status}</p>;
}

async function dialogFor(response: { headers?: HeadersInput; body?: unknown }) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <PaymentRequiredProvider onPay={vi.fn()} onUpdatePayment={vi.fn()}>
        <Report {...response} />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  // The prompt and the parser are lazy chunks: the first render waits for them (longer on a busy machine).
  const dialog = await screen.findByRole('dialog', undefined, { timeout: 10_000 });
  expect(screen.queryByRole('button', { name: 'Update payment method' })).toBeNull();
  return dialog;
}

describe('per-request payments stay in the micropayment prompt', () => {
  test.each<[string, { headers?: HeadersInput; body?: unknown }]>([
    ['an x402 version of the wrong type', { body: { x402Version: 'two', accepts: 'see docs', error: 'Payment required' } }],
    ['a PAYMENT-REQUIRED header cut short', { headers: { 'payment-required': b64({ x402Version: 2, accepts }).slice(0, 40) } }],
    ['accepts[] with a decimal amount and an asset symbol, no version', { body: { accepts: [{ scheme: 'exact', network: 'base', amount: '0.01', asset: 'USDC' }], docs: 'https://example.com' } }],
  ])(
    'a malformed challenge (%s) asks to pay',
    async (_, response) => {
      const dialog = await dialogFor(response);
      expect(dialog).toHaveAccessibleName('Pay to continue');
    },
    15_000,
  );

  test.each<[string, { headers?: HeadersInput; body?: unknown }]>([
    ['a failed x402 v2 settlement', { headers: { 'payment-required': b64({ x402Version: 2, accepts }), 'payment-response': b64({ success: false, errorReason: 'insufficient_funds' }) } }],
    ['an x402 v1 verification failure', { body: { x402Version: 1, error: 'invalid_exact_evm_payload_signature', accepts, payer: '0x9' } }],
    ['a bare wallet refusal', { body: { error: 'insufficient_balance', message: 'Wallet has insufficient USDC' } }],
  ])(
    '%s shows as a refused payment',
    async (_, response) => {
      const dialog = await dialogFor(response);
      expect(dialog).toHaveAttribute('data-payment', 'refused');
      expect(dialog).toHaveAccessibleName('Your payment didn’t go through');
    },
    15_000,
  );
});
