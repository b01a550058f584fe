import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { loadedMicropaymentPrompt } from '../../src/components/micropayment/loadMicropaymentPrompt';
import { sampleX402Incident } from '../../src/devtools/samples';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';

// The micropayment prompt is a chunk of its own, so a card 402 never loads it. Without onPay, the
// first micropayment incident asks for it and its dialog opens once it arrives (with onPay it is
// requested at mount: micropaymentPreload.test.tsx). Own file: nothing here loaded it beforehand.

// The provider's automatic UI is a chunk too: in memory first, as on a page some time after mount.
beforeAll(() => import('../../src/components/PaymentRequiredHost'));

// The shared sample (src/devtools/samples): 0.01 USDC in x402.
const micropayment = sampleX402Incident;

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
