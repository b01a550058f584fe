import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { loadedMicropaymentPrompt } from '../../src/components/micropayment/loadMicropaymentPrompt';
import { sampleX402Incident } from '../../src/devtools/samples';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';

// An app that passes onPay pays per request: the provider requests the micropayment prompt's chunk
// at mount, so the dialog opens in the same commit as its 402. Own file: nothing else loads it here.

beforeAll(() => import('../../src/components/PaymentRequiredHost'));

// The shared sample (src/devtools/samples): 0.01 USDC in x402.
const micropayment = sampleX402Incident;

test('with onPay, the prompt is requested at mount and the dialog opens in the same commit as the report', async () => {
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider locale="en" onPay={vi.fn()}>
        <p>app</p>
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  // Nothing but the provider asked for it.
  await vi.waitFor(() => expect(loadedMicropaymentPrompt()).toBeDefined());
  act(() => {
    getPaymentRequiredClient(client).store.report(micropayment);
  });
  expect(screen.getByRole('dialog', { name: 'Pay to continue' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /Pay/ })).toBeInTheDocument();
});
