import { QueryClientProvider } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';
import { sampleIncident } from '../../src/devtools/samples';

test('a page rendered on the server with an open incident hydrates without a mismatch, then shows the dialog', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const recoverable = vi.fn();
  const client = createQueryClient();
  getPaymentRequiredClient(client).store.report(sampleIncident({ reason: 'payment_failed' }));
  const app = (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider onUpdatePayment={() => {}}>
        <main>
          <h1>Projects</h1>
        </main>
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);

  const root = await act(async () => hydrateRoot(container, app, { onRecoverableError: recoverable }));
  expect(await screen.findByRole('dialog')).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Projects' })).toBeInTheDocument();
  expect(recoverable).not.toHaveBeenCalled();
  expect(errors).not.toHaveBeenCalled();
  act(() => root.unmount());
  container.remove();
  errors.mockRestore();
});
