import { QueryClientProvider, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MicropaymentPrompt } from '../../src/components/micropayment/MicropaymentPrompt';
import { assertOk } from '../../src/core/error';
import { withPayments } from '../../src/core/micropayment/paymentFetch';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { usePaymentRequired } from '../../src/presentation/usePaymentRequired';
import { createQueryClient } from '../helpers';
import { fakeX402Server } from './fakeX402Server';
import { deferred } from './deferred';

let nextResource = 0;

// The provider loads its prebuilt UI on demand; load it once up front so no test waits on the import.
beforeAll(async () => {
  await import('../../src/components/PaymentRequiredHost');
});

/** A weather widget whose query reads a paid endpoint through `withPayments(fetch)` and `assertOk`. */
function setup(server: ReturnType<typeof fakeX402Server>) {
  // A URL per test: the shared vault and the paid-request memory live for the whole file.
  const url = `https://api.example.com/premium/weather/${++nextResource}`;
  const api = withPayments(server.fetch);
  const queryFn = vi.fn(() => api(url).then((response) => assertOk(response)).then((response) => response.json() as Promise<{ forecast: string }>));
  function Weather() {
    const query = useQuery({ queryKey: ['weather', url], queryFn });
    return <p>{query.data ? query.data.forecast : query.status}</p>;
  }
  return { url, queryFn, Weather };
}

function App({ client, children, ...props }: Omit<PaymentRequiredProviderProps, 'client'> & { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider {...props}>{children}</PaymentRequiredProvider>
    </QueryClientProvider>
  );
}

test('Pay: onPay returns the header, the query is refetched once with it, and the data is shown', async () => {
  const user = userEvent.setup();
  const server = fakeX402Server();
  const { queryFn, Weather } = setup(server);
  const onPay = vi.fn(async () => 'signed-payment');
  render(
    <App client={createQueryClient()} onPay={onPay}>
      <Weather />
    </App>,
  );

  const dialog = await screen.findByRole('dialog', { name: 'Pay to continue' });
  expect(server.paid).toEqual([]);
  await user.click(within(dialog).getByRole('button', { name: 'Pay 0.01 USDC' }));

  expect(await screen.findByText('Sunny, 24°C')).toBeInTheDocument();
  expect(onPay).toHaveBeenCalledTimes(1);
  expect(onPay).toHaveBeenCalledWith(expect.objectContaining({ protocol: 'x402', version: 2 }), expect.objectContaining({ reason: 'micropayment_required' }));
  expect(server.paid).toEqual(['signed-payment']);
  expect(queryFn).toHaveBeenCalledTimes(2);
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
});

test('StrictMode and a double click on Pay still pay once', async () => {
  const user = userEvent.setup();
  const server = fakeX402Server();
  const { queryFn, Weather } = setup(server);
  const wallet = deferred<string>();
  const onPay = vi.fn(() => wallet.promise);
  render(
    <StrictMode>
      <App client={createQueryClient()} onPay={onPay}>
        <Weather />
      </App>
    </StrictMode>,
  );

  const pay = await screen.findByRole('button', { name: 'Pay 0.01 USDC' });
  await user.dblClick(pay);
  await user.click(pay);
  expect(onPay).toHaveBeenCalledTimes(1);
  await act(async () => wallet.resolve('signed-once'));

  expect(await screen.findByText('Sunny, 24°C')).toBeInTheDocument();
  expect(server.paid).toEqual(['signed-once']);
  expect(server.requests()).toBe(2);
  expect(queryFn).toHaveBeenCalledTimes(2);
});

test('a paid mutation is replayed once, with its variables and the payment, and its useMutation sees the success', async () => {
  const user = userEvent.setup();
  const server = fakeX402Server();
  const url = `https://api.example.com/premium/forecasts/${++nextResource}`;
  const api = withPayments(server.fetch);
  const mutationFn = vi.fn((city: string) =>
    api(url, { method: 'POST', body: JSON.stringify({ city }) }).then((response) => assertOk(response)).then((response) => response.json() as Promise<{ forecast: string }>),
  );
  function Forecast() {
    const mutation = useMutation({ mutationFn });
    return (
      <>
        <button onClick={() => mutation.mutate('Lisbon')}>Get forecast</button>
        <p>{mutation.data ? mutation.data.forecast : mutation.status}</p>
      </>
    );
  }
  render(
    <App client={createQueryClient()} onPay={async () => 'signed-post'}>
      <Forecast />
    </App>,
  );
  await user.click(screen.getByRole('button', { name: 'Get forecast' }));
  await user.click(await screen.findByRole('button', { name: 'Pay 0.01 USDC' }));

  expect(await screen.findByText('Sunny, 24°C')).toBeInTheDocument();
  expect(mutationFn).toHaveBeenCalledTimes(2);
  expect(mutationFn).toHaveBeenLastCalledWith('Lisbon', expect.anything());
  expect(server.paid).toEqual(['signed-post']);
  expect(server.paidBodies).toEqual(['{"city":"Lisbon"}']);
});

/** The app drops the prompt in itself, so it shows any incident with a micropayment (including a refused one). */
function DroppedInPrompt() {
  const { incident } = usePaymentRequired();
  return incident?.micropayment ? <MicropaymentPrompt key={incident.reason} incident={incident} /> : null;
}

test('a failed settlement shows why, pays nothing more by itself, and paying again is a new click', async () => {
  const user = userEvent.setup();
  const server = fakeX402Server({ settles: false });
  const { queryFn, Weather } = setup(server);
  const onPay = vi.fn(async () => 'signed-payment');
  render(
    <App client={createQueryClient()} onPay={onPay} autoUI={false}>
      <Weather />
      <DroppedInPrompt />
    </App>,
  );

  await user.click(await screen.findByRole('button', { name: 'Pay 0.01 USDC' }));
  const refused = await screen.findByRole('dialog', { name: 'Your payment didn’t go through' });
  expect(within(refused).getByText('insufficient_funds')).toBeInTheDocument();
  expect(server.paid).toEqual(['signed-payment']);
  expect(queryFn).toHaveBeenCalledTimes(2);

  // The failure carries no price: "Try again" asks the server again, unpaid.
  await user.click(within(refused).getByRole('button', { name: 'Try again' }));
  const again = await screen.findByRole('button', { name: 'Pay 0.01 USDC' });
  expect(queryFn).toHaveBeenCalledTimes(3);
  expect(server.paid).toEqual(['signed-payment']);
  expect(onPay).toHaveBeenCalledTimes(1);
  // The fresh challenge still says the last payment failed, and paying is the user's choice.
  expect(screen.getByRole('dialog')).toHaveAccessibleName('Your payment didn’t go through');
  expect(again).not.toHaveAttribute('aria-disabled');
});
