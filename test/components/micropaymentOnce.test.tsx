import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assertOk } from '../../src/core/error';
import { withPayments } from '../../src/core/micropayment/paymentFetch';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';
import { fakeX402Server } from './fakeX402Server';
import { deferred } from './deferred';

// Regressions of issue 12 §2: one payment per blocked request, and a payment made is always used.

let nextResource = 0;

beforeAll(async () => {
  await import('../../src/components/PaymentRequiredHost');
});

function setup() {
  const server = fakeX402Server();
  // A URL per test: the shared vault lives for the whole file.
  const url = `https://api.example.com/premium/once/${++nextResource}`;
  const api = withPayments(server.fetch);
  const queryFn = vi.fn(() => api(url).then((response) => assertOk(response)).then((response) => response.json() as Promise<{ forecast: string }>));
  function Weather() {
    const query = useQuery({ queryKey: ['once', url], queryFn });
    return <p>{query.data ? query.data.forecast : query.status}</p>;
  }
  const wallet = deferred<string>();
  const onPay = vi.fn(() => wallet.promise);
  const client = createQueryClient();
  function App({ queryClient }: { queryClient: QueryClient }) {
    return (
      <QueryClientProvider client={queryClient}>
        <PaymentRequiredProvider onPay={onPay}>
          <Weather />
        </PaymentRequiredProvider>
      </QueryClientProvider>
    );
  }
  render(<App queryClient={client} />);
  return { server, url, client, wallet, onPay, queryFn };
}

test('closing the prompt mid-payment and getting a new 402 for the same request does not pay a second time', async () => {
  const user = userEvent.setup();
  const { server, client, wallet, onPay } = setup();

  await user.click(await screen.findByRole('button', { name: 'Pay 0.01 USDC' }));
  expect(onPay).toHaveBeenCalledTimes(1);
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  // The query refetches (focus, remount …) and the server asks again: a new error, a new request object.
  await act(() => client.refetchQueries());
  const dialog = await screen.findByRole('dialog', { name: 'Pay to continue' });
  const pay = within(dialog).getByRole('button', { name: 'Pay 0.01 USDC' });
  // The payment of this request is still running: the prompt says so and cannot start another.
  expect(pay).toHaveAttribute('aria-disabled', 'true');
  await user.click(pay);
  expect(onPay).toHaveBeenCalledTimes(1);

  await act(async () => wallet.resolve('signed-once'));
  expect(await screen.findByText('Sunny, 24°C')).toBeInTheDocument();
  expect(server.paid).toEqual(['signed-once']);
  expect(onPay).toHaveBeenCalledTimes(1);
});

test('a payment that completes after its prompt was closed is used: the request is re-run with it', async () => {
  const user = userEvent.setup();
  const { server, wallet, queryFn } = setup();

  await user.click(await screen.findByRole('button', { name: 'Pay 0.01 USDC' }));
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  await act(async () => wallet.resolve('signed-late'));
  expect(await screen.findByText('Sunny, 24°C')).toBeInTheDocument();
  expect(server.paid).toEqual(['signed-late']);
  expect(queryFn).toHaveBeenCalledTimes(2);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});
