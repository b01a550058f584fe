import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { loadedMicropaymentPrompt } from '../../src/components/micropayment/loadMicropaymentPrompt';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';

// The micropayment prompt is a chunk of its own, so a card 402 never loads it. Without onPay, the
// first micropayment incident asks for it and its dialog opens once it arrives (with onPay it is
// requested at mount: micropaymentPreload.test.tsx). Own file: nothing here loaded it beforehand.

// The provider's automatic UI is a chunk too: in memory first, as on a page some time after mount.
beforeAll(() => import('../../src/components/PaymentRequiredHost'));

const micropayment: PaymentRequiredIncident = {
  reason: 'micropayment_required',
  status: 402,
  format: 'x402',
  url: 'https://api.example.com/report',
  links: {},
  micropayment: { protocol: 'x402', displayAmount: '0.01', currency: 'USD', options: [] },
  raw: null,
};

function renderApp(props: Partial<PaymentRequiredProviderProps>) {
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider locale="en" {...props}>
        <p>app</p>
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  return getPaymentRequiredClient(client).store;
}

test('without onPay, a micropayment incident loads its prompt and the dialog opens when it arrives', async () => {
  const store = renderApp({});
  // Wait for the automatic UI to be in place (the host's chunk), then report.
  await act(async () => {});
  act(() => {
    store.report(micropayment);
  });
  expect(loadedMicropaymentPrompt()).toBeUndefined();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(await screen.findByRole('dialog', { name: 'Pay to continue' })).toBeInTheDocument();
});
