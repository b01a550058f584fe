import { QueryClientProvider, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient, declinedCardError, paymentRequiredError } from '../helpers';
import { sampleIncident, samplePlans } from '../../src/devtools/samples';

function renderApp(client: QueryClient, children: ReactNode, props: Omit<PaymentRequiredProviderProps, 'children'> = {}) {
  return render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider {...props}>{children}</PaymentRequiredProvider>
    </QueryClientProvider>,
  );
}

const report = (client: QueryClient, value: PaymentRequiredIncident) =>
  act(() => {
    getPaymentRequiredClient(client).store.report(value);
  });

/** A query that answers 402 (declined card) until `paid` is set, then data. */
function useInvoices(state: { paid: boolean }) {
  return useQuery({
    queryKey: ['invoices'],
    queryFn: async () => {
      if (!state.paid) throw declinedCardError();
      return ['INV-1'];
    },
  });
}

function Invoices({ state }: { state: { paid: boolean } }) {
  const query = useInvoices(state);
  return <p>{query.data ? `Invoices: ${query.data.join(', ')}` : query.status}</p>;
}

test('no incident: no dialog markup at all', () => {
  renderApp(createQueryClient(), <p>app</p>);
  expect(screen.getByText('app')).toBeInTheDocument();
  expect(document.querySelector('dialog, [data-rpr-root]')).toBeNull();
});

test('a 402 from a query opens the matching modal with focus inside; updating payment replays the query', async () => {
  const user = userEvent.setup();
  const client = createQueryClient();
  const state = { paid: false };
  const onUpdatePayment = vi.fn(async () => {
    state.paid = true;
  });
  renderApp(client, <Invoices state={state} />, { onUpdatePayment, locale: 'en' });

  const dialog = await screen.findByRole('dialog', { name: 'Your payment didn’t go through' });
  expect(dialog).toHaveAccessibleDescription(expect.stringContaining('insufficient funds'));
  // The server's "Your card has insufficient funds." only repeats the advice, so it is not shown twice.
  expect(screen.queryByText('Your card has insufficient funds.')).toBeNull();
  expect(screen.getByText('What you were doing will finish on its own once this is fixed.')).toBeInTheDocument();
  const primary = screen.getByRole('button', { name: 'Update payment method' });
  expect(primary).toHaveFocus();

  await user.click(primary);
  expect(onUpdatePayment).toHaveBeenCalledWith(expect.objectContaining({ reason: 'payment_failed' }), 'update');
  expect(await screen.findByText('Invoices: INV-1')).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(getPaymentRequiredClient(client).store.getSnapshot().entries).toEqual([]);
});

test('"Retry payment" re-runs the failed query', async () => {
  const user = userEvent.setup();
  const client = createQueryClient();
  const state = { paid: false };
  renderApp(client, <Invoices state={state} />);
  await user.click(await screen.findByRole('button', { name: 'Retry payment' }));
  // Still declined: a new 402 opens the dialog again.
  expect(await screen.findByRole('dialog')).toBeInTheDocument();
  state.paid = true;
  await user.click(await screen.findByRole('button', { name: 'Retry payment' }));
  expect(await screen.findByText('Invoices: INV-1')).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('a rejected handler keeps the dialog and the incident open', async () => {
  const user = userEvent.setup();
  const client = createQueryClient();
  renderApp(client, <Invoices state={{ paid: false }} />, {
    onUpdatePayment: async () => {
      throw new Error('Billing portal unavailable.');
    },
  });
  await user.click(await screen.findByRole('button', { name: 'Update payment method' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Billing portal unavailable.');
  expect(screen.getByRole('dialog')).toBeInTheDocument();
  expect(getPaymentRequiredClient(client).store.getSnapshot().current?.state).toBe('open');
});

test('keyboard: a mutation 402 opens the modal, Tab walks the actions, Escape dismisses and focus returns', async () => {
  const user = userEvent.setup();
  const client = createQueryClient();
  function Export() {
    const mutation = useMutation({
      mutationFn: async () => {
        throw paymentRequiredError({ error: { type: 'card_error', code: 'card_declined', decline_code: 'do_not_honor' } });
      },
    });
    return <button onClick={() => mutation.mutate()}>Export</button>;
  }
  renderApp(client, <Export />, { onUpdatePayment: vi.fn(), onContactSupport: vi.fn() });
  const trigger = screen.getByRole('button', { name: 'Export' });
  await user.click(trigger);
  const dialog = await screen.findByRole('dialog');
  expect(screen.getByRole('button', { name: 'Update payment method' })).toHaveFocus();
  const order: string[] = [];
  for (let i = 0; i < 3; i++) {
    await user.tab();
    order.push(document.activeElement?.textContent ?? '');
  }
  expect(order).toEqual(['Retry payment', 'Contact support', 'Not now']);
  await user.keyboard('{Escape}');
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  expect(trigger).toHaveFocus();
  const { entries } = getPaymentRequiredClient(client).store.getSnapshot();
  expect(entries.map((entry) => entry.state)).toEqual(['dismissed']);
});

test('"Not now" dismisses; the incident stays until resolved', async () => {
  const user = userEvent.setup();
  const client = createQueryClient();
  renderApp(client, <p>app</p>);
  report(client, sampleIncident({ reason: 'payment_method_required' }));
  await user.click(await screen.findByRole('button', { name: 'Not now' }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(getPaymentRequiredClient(client).store.getSnapshot().entries).toHaveLength(1);
  // `open()` shows it again.
  act(() => getPaymentRequiredClient(client).store.open());
  expect(await screen.findByRole('dialog', { name: 'Add a payment method' })).toBeInTheDocument();
});

describe('the right UI for each reason', () => {
  test.each<[PaymentRequiredIncident, string, string]>([
    [sampleIncident({ reason: 'payment_method_required' }), 'dialog', 'Add a payment method'],
    [sampleIncident({ reason: 'payment_method_invalid' }), 'dialog', 'Check your payment details'],
    [sampleIncident({ reason: 'payment_failed' }), 'dialog', 'Your payment didn’t go through'],
    [sampleIncident({ reason: 'subscription_inactive' }), 'dialog', 'Your subscription is inactive'],
    [sampleIncident({ reason: 'unknown' }), 'dialog', 'We couldn’t process this request'],
    [sampleIncident({ reason: 'upgrade_required', plan: { required: { id: 'business' } } }), 'dialog', 'Upgrade to continue'],
    [sampleIncident({ reason: 'quota_exceeded', retryAt: Date.now() + 3_600_000 }), 'dialog', 'You’ve reached your limit'],
    [
      sampleIncident({ reason: 'micropayment_required', micropayment: { protocol: 'x402', displayAmount: '0.01', currency: 'USD', options: [] } }),
      'dialog',
      'Pay to continue',
    ],
    [sampleIncident({ reason: 'micropayment_required' }), 'dialog', 'We couldn’t process this request'],
  ])('%#: %s', async (value, role, name) => {
    const client = createQueryClient();
    renderApp(client, <p>app</p>, { plans: samplePlans, onUpgrade: vi.fn(), onPay: vi.fn() });
    report(client, value);
    const element = await screen.findByRole(role, { name });
    expect(element).toHaveAttribute('open');
    expect(element).toHaveAttribute('data-rpr-root');
  });
});

test('an upgrade through the provider plans resolves and replays', async () => {
  const user = userEvent.setup();
  const client = createQueryClient();
  const state = { upgraded: false };
  function Report() {
    const query = useQuery({
      queryKey: ['report'],
      queryFn: async () => {
        if (!state.upgraded) throw paymentRequiredError({ type: 'https://example.com/upgrade', title: 'Upgrade required', status: 402, required_plan: 'business' });
        return 'ready';
      },
    });
    return <p>{query.data ?? query.status}</p>;
  }
  const onUpgrade = vi.fn(async () => {
    state.upgraded = true;
  });
  renderApp(client, <Report />, { plans: samplePlans, onUpgrade });
  const dialog = await screen.findByRole('dialog', { name: 'Upgrade to continue' });
  expect(dialog).toBeInTheDocument();
  const cta = screen.getByRole('button', { name: /^Upgrade to / });
  await user.click(cta);
  expect(onUpgrade).toHaveBeenCalledTimes(1);
  expect(await screen.findByText('ready')).toBeInTheDocument();
});

test('the quota modal resolves at zero and the query runs again', async () => {
  const client = createQueryClient();
  let calls = 0;
  function Usage() {
    const query = useQuery({
      queryKey: ['usage'],
      queryFn: async () => {
        calls++;
        if (calls === 1) throw paymentRequiredError({ error: 'quota_exceeded', message: 'Monthly quota exhausted' }, { 'Retry-After': '1' });
        return 'fresh data';
      },
    });
    return <p>{query.data ?? query.status}</p>;
  }
  renderApp(client, <Usage />);
  const dialog = await screen.findByRole('dialog', { name: 'You’ve reached your limit' });
  expect(screen.getByRole('timer')).toHaveTextContent(/Resets in \d second/);
  expect(await screen.findByText('fresh data', undefined, { timeout: 3_000 })).toBeInTheDocument();
  expect(dialog).not.toBeInTheDocument();
  expect(calls).toBe(2);
});

test('provider locale and message overrides reach the host', async () => {
  const client = createQueryClient();
  renderApp(client, <p>app</p>, { locale: 'de', messages: { 'action.notNow': 'Später' } });
  report(client, sampleIncident({ reason: 'payment_failed' }));
  const dialog = await screen.findByRole('dialog', { name: 'Die Zahlung ist fehlgeschlagen' });
  expect(dialog).toHaveAttribute('lang', 'de');
  expect(screen.getByRole('button', { name: 'Später' })).toBeInTheDocument();
});

test('autoUI={false}: nothing is rendered automatically', async () => {
  const client = createQueryClient();
  renderApp(client, <p>app</p>, { autoUI: false });
  report(client, sampleIncident({ reason: 'payment_failed' }));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(screen.queryByRole('dialog')).toBeNull();
});
