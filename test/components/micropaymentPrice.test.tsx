import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assertOk } from '../../src/core/error';
import { withPayments } from '../../src/core/micropayment/paymentFetch';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';
import { fakeX402Server } from './fakeX402Server';
import { deferred } from './deferred';

// Regression of issue 12 §2 ("a prompt never shows an amount other than the one it will pay"):
// a payment waiting for its request was offered as "Continue" under the server's NEW price.

let nextResource = 0;

beforeAll(async () => {
  await import('../../src/components/PaymentRequiredHost');
});

function setup(refusesOldPrice = false) {
  let price = '10000'; // 0.01 USDC
  const server = fakeX402Server({ amount: () => price });
  // A server that takes only its current price answers an old payment with a fresh challenge.
  const strict: typeof server.fetch = (input, init) =>
    refusesOldPrice && new Headers(init?.headers).has('payment-signature') && price !== '10000'
      ? server.fetch(input, { ...init, headers: {} })
      : server.fetch(input, init);
  const url = `https://api.example.com/premium/price/${++nextResource}`;
  const api = withPayments(strict);
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
  return { server, client, wallet, onPay, raisePrice: () => (price = '20000') };
}

/** Pays 0.01 USDC, closes the prompt while the wallet signs, and lets the server double its price. */
async function payThenPriceRises(user: ReturnType<typeof userEvent.setup>, app: ReturnType<typeof setup>) {
  await user.click(await screen.findByRole('button', { name: 'Pay 0.01 USDC' }));
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  app.raisePrice();
  await act(() => app.client.refetchQueries());
  const dialog = await screen.findByRole('dialog', { name: 'Pay to continue' });
  await act(async () => app.wallet.resolve('signed-at-0.01'));
  return { dialog, proceed: await within(dialog).findByRole('button', { name: 'Continue with this payment' }) };
}

test('a server that refuses the old payment gets the new price paid with a new click, once', async () => {
  const user = userEvent.setup();
  const app = setup(true);
  const { proceed } = await payThenPriceRises(user, app);
  await user.click(proceed);

  const refused = await screen.findByRole('dialog', { name: 'Your payment didn’t go through' });
  const payNew = within(refused).getByRole('button', { name: 'Pay 0.02 USDC' });
  expect(app.onPay).toHaveBeenCalledTimes(1);
  await user.click(payNew);
  expect(app.onPay).toHaveBeenCalledTimes(2);
  // The new click asks the wallet for the new price.
  expect((app.onPay.mock.lastCall as unknown[] | undefined)?.[0]).toMatchObject({ amount: '20000' });
});

test('a payment made at the old price is continued under the price it was made for, never under the new one', async () => {
  const user = userEvent.setup();
  const app = setup();
  const { dialog, proceed } = await payThenPriceRises(user, app);

  expect(within(dialog).getByText('Already paid')).toBeInTheDocument();
  // What "Continue" sends is what the prompt shows: 0.01 USDC, not the 0.02 USDC now asked.
  // Nothing to pay on the button, so the amount is the details' first row.
  const amountRow = within(dialog).getByText('Amount').nextElementSibling;
  expect(amountRow).toHaveTextContent('0.01 USDC');
  expect(dialog).not.toHaveTextContent('0.02 USDC');

  // Continuing sends the payment already made; the wallet is not asked again.
  await user.click(proceed);
  expect(await screen.findByText('Sunny, 24°C')).toBeInTheDocument();
  expect(app.server.paid).toEqual(['signed-at-0.01']);
  expect(app.onPay).toHaveBeenCalledTimes(1);
});
