import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assertOk } from '../../src/core/error';
import { withPayments } from '../../src/core/micropayment/paymentFetch';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';
import { fakeX402Server } from './fakeX402Server';
import { deferred } from './fixtures';

// Regression of issue 12 §2 ("a prompt never shows an amount other than the one it will pay"):
// a payment waiting for its request was offered as "Continue" under the server's NEW price.

let nextResource = 0;

beforeAll(async () => {
  await import('../../src/components/PaymentRequiredHost');
});

test('a payment made at the old price is continued under the price it was made for, never under the new one', async () => {
  const user = userEvent.setup();
  let price = '10000'; // 0.01 USDC
  const server = fakeX402Server({ amount: () => price });
  const url = `https://api.example.com/premium/price/${++nextResource}`;
  const api = withPayments(server.fetch);
  const queryFn = vi.fn(() => api(url).then((response) => assertOk(response)).then((response) => response.json() as Promise<{ forecast: string }>));
  function Weather() {
    const query = useQuery({ queryKey: ['price', url], queryFn });
    return <p>{query.data ? query.data.forecast : query.status}</p>;
  }
  const wallet = deferred<string>();
  const onPay = vi.fn(() => wallet.promise);
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider onPay={onPay}>
        <Weather />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );

  // Pay 0.01 USDC, close the prompt while the wallet signs.
  await user.click(await screen.findByRole('button', { name: 'Pay 0.01 USDC' }));
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  // The server doubles its price; the query refetches and a prompt opens for the new price.
  price = '20000';
  await act(() => client.refetchQueries());
  const dialog = await screen.findByRole('dialog', { name: 'Pay to continue' });
  expect(within(dialog).getByRole('button', { name: 'Pay 0.02 USDC' })).toHaveAttribute('aria-disabled', 'true');

  // The 0.01 USDC payment completes and waits for the request.
  await act(async () => wallet.resolve('signed-at-0.01'));
  const proceed = await within(dialog).findByRole('button', { name: 'Continue with this payment' });
  expect(within(dialog).getByText('Already paid')).toBeInTheDocument();
  // What "Continue" sends is what the prompt shows: 0.01 USDC, not the 0.02 USDC now asked.
  expect(dialog).toHaveTextContent('This request costs 0.01 USDC.');
  expect(within(dialog).getByText('0.01 USDC')).toBeInTheDocument();
  expect(dialog).not.toHaveTextContent('0.02 USDC');

  // Continuing sends the payment already made; the wallet is not asked again.
  await user.click(proceed);
  expect(await screen.findByText('Sunny, 24°C')).toBeInTheDocument();
  expect(server.paid).toEqual(['signed-at-0.01']);
  expect(onPay).toHaveBeenCalledTimes(1);
});
