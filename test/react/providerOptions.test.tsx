import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import type { FailureExtractor } from '../../src/core/extract';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';
// The provider loads the cross-tab link on demand; loaded here, that import settles at once
// instead of racing the test's first resolve under a cold transform cache.
import '../../src/core/crossTab';

// An SDK error the built-in detection cannot read: the status sits under a vendor-specific name.
class VendorError extends Error {
  constructor(readonly vendorStatus: number, readonly payload: unknown) {
    super('vendor failure');
  }
}
const vendorFailure: FailureExtractor = (error) =>
  error instanceof VendorError ? { status: error.vendorStatus, body: error.payload } : null;

function Projects({ fetcher }: { fetcher: () => Promise<string> }) {
  const { data, error } = useQuery({ queryKey: ['projects'], queryFn: fetcher, retry: 2, retryDelay: 1 });
  return <p>{data ?? (error ? 'failed' : 'loading')}</p>;
}

test('an adapter passed as `extractors` makes its errors incidents, not retried', async () => {
  const client = createQueryClient();
  let calls = 0;
  const fetcher = () => {
    calls++;
    return Promise.reject(new VendorError(402, { error: { type: 'card_error', code: 'card_declined' } }));
  };
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider extractors={[vendorFailure]} onUpdatePayment={() => {}}>
        <Projects fetcher={fetcher} />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  expect(await screen.findByRole('dialog')).toHaveAttribute('data-reason', 'payment_failed');
  expect(calls).toBe(1);
});

test('without the adapter the same error is an ordinary failure: retried, no dialog', async () => {
  const client = createQueryClient();
  let calls = 0;
  const fetcher = () => {
    calls++;
    return Promise.reject(new VendorError(402, {}));
  };
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider onUpdatePayment={() => {}}>
        <Projects fetcher={fetcher} />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  expect(await screen.findByText('failed')).toBeInTheDocument();
  expect(calls).toBe(3);
  expect(getPaymentRequiredClient(client).store.getSnapshot().entries).toHaveLength(0);
});

test('`crossTab`: paying in one tab resolves the incident of another and re-runs its query', async () => {
  // Two "tabs": two clients and providers on one channel (BroadcastChannel delivers between
  // instances of one page as it does between tabs).
  const channel = `test-${Math.random()}`;
  const tabs = [createQueryClient(), createQueryClient()];
  const calls = [0, 0];
  const paid = { value: false };
  const fetcherOf = (tab: number) => () => {
    calls[tab]!++;
    return paid.value
      ? Promise.resolve(`projects in tab ${tab}`)
      : Promise.reject(Object.assign(new Error('402'), { status: 402, body: { error: { code: 'subscription_inactive' } } }));
  };
  render(
    <>
      {tabs.map((client, tab) => (
        <QueryClientProvider key={tab} client={client}>
          <PaymentRequiredProvider autoUI={false} crossTab={{ channel }}>
            <Projects fetcher={fetcherOf(tab)} />
          </PaymentRequiredProvider>
        </QueryClientProvider>
      ))}
    </>,
  );
  const stores = tabs.map((client) => getPaymentRequiredClient(client).store);
  await waitFor(() => expect(stores.map((store) => store.getSnapshot().entries.length)).toEqual([1, 1]));

  paid.value = true;
  await stores[0]!.resolve();
  expect(await screen.findByText('projects in tab 1')).toBeInTheDocument();
  expect(stores[1]!.getSnapshot().entries).toHaveLength(0);
  expect(calls).toEqual([2, 2]);
});
