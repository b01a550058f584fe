import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
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

describe('two providers on one client', () => {
  const declined = { error: { type: 'card_error', code: 'card_declined' } };
  const providers = (client: ReturnType<typeof createQueryClient>, extractors?: readonly FailureExtractor[], children?: ReactNode) => (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider extractors={extractors} autoUI={false}>
        {children}
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );

  test('the first to mount configures the client, however often the second renders; the second takes over when it unmounts', async () => {
    const client = createQueryClient();
    const paymentRequired = getPaymentRequiredClient(client);
    let calls = 0;
    const fetcher = () => {
      calls++;
      return Promise.reject(new VendorError(402, declined));
    };
    const first = render(providers(client, [vendorFailure]));
    const second = render(providers(client, undefined, <Projects fetcher={fetcher} />));
    second.rerender(providers(client, undefined, <Projects fetcher={fetcher} />));

    // The first provider's adapter reads the error: an incident, not retried.
    await waitFor(() => expect(paymentRequired.store.getSnapshot().entries).toHaveLength(1));
    expect(calls).toBe(1);

    first.unmount();
    expect(await paymentRequired.toIncident(new VendorError(402, declined))).toBeNull();
    second.unmount();
  });

  test('the same holds under StrictMode double effects', async () => {
    const client = createQueryClient();
    const paymentRequired = getPaymentRequiredClient(client);
    const first = render(<StrictMode>{providers(client, [vendorFailure])}</StrictMode>);
    const second = render(<StrictMode>{providers(client)}</StrictMode>);
    expect(await paymentRequired.toIncident(new VendorError(402, declined))).toMatchObject({ reason: 'payment_failed' });
    first.unmount();
    expect(await paymentRequired.toIncident(new VendorError(402, declined))).toBeNull();
    second.unmount();
  });
});

test("a provider's new `extractors` apply on its next render, without remounting", async () => {
  const client = createQueryClient();
  const paymentRequired = getPaymentRequiredClient(client);
  const tree = (extractors?: readonly FailureExtractor[]) => (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider extractors={extractors} autoUI={false} />
    </QueryClientProvider>
  );
  const view = render(tree());
  expect(await paymentRequired.toIncident(new VendorError(402, {}))).toBeNull();
  view.rerender(tree([vendorFailure]));
  expect(await paymentRequired.toIncident(new VendorError(402, {}))).not.toBeNull();
  view.unmount();
});
