import { QueryCache, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { usePaymentRequired } from '../../src/presentation/usePaymentRequired';
import { createQueryClient, declinedCardError, paymentRequiredError, withProviders } from '../helpers';

function snapshotOf(client: QueryClient) {
  return getPaymentRequiredClient(client).store.getSnapshot();
}

describe('TanStack Query wiring', () => {
  test('20 queries failing with the same 402 make one incident, and none is retried', async () => {
    // The app asks for retries everywhere: 402s must still fail fast.
    const client = createQueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 1 } } });
    const fetches = vi.fn(async () => {
      throw declinedCardError();
    });
    const keys = Array.from({ length: 20 }, (_, i) => ['invoices', i]);
    function Dashboard() {
      return (
        <>
          {keys.map((key) => (
            <Widget key={String(key[1])} queryKey={key} />
          ))}
        </>
      );
    }
    function Widget({ queryKey }: { queryKey: unknown[] }) {
      // One of them overrides retry at the call site too.
      const query = useQuery({ queryKey, queryFn: fetches, retry: queryKey[1] === 0 ? 5 : undefined });
      return <span>{query.status}</span>;
    }
    const { result } = renderHook(() => usePaymentRequired(), {
      wrapper: ({ children }) => withProviders(client)({ children: <>{children}<Dashboard /></> }),
    });

    await waitFor(() => expect(result.current.blockedQueryKeys).toHaveLength(20));
    expect(result.current.entries).toHaveLength(1);
    expect(result.current.incident?.reason).toBe('payment_failed');
    expect(result.current.isBlocked).toBe(true);
    expect(fetches).toHaveBeenCalledTimes(20);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetches).toHaveBeenCalledTimes(20);
  });

  test('other errors keep the app retry rules', async () => {
    const client = createQueryClient({ defaultOptions: { queries: { retry: 2, retryDelay: 1 } } });
    const queryFn = vi.fn(async () => {
      throw Object.assign(new Error('server error'), { status: 500 });
    });
    renderHook(() => useQuery({ queryKey: ['flaky'], queryFn }), { wrapper: withProviders(client) });
    await waitFor(() => expect(client.getQueryState(['flaky'])?.status).toBe('error'));
    expect(queryFn).toHaveBeenCalledTimes(3);
    expect(snapshotOf(client).entries).toEqual([]);
  });

  test("the app's own QueryCache onError is still called", async () => {
    const onError = vi.fn();
    const client = createQueryClient({ queryCache: new QueryCache({ onError }) });
    renderHook(
      () =>
        useQuery({
          queryKey: ['usage'],
          queryFn: async () => {
            throw declinedCardError();
          },
        }),
      { wrapper: withProviders(client) },
    );
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(snapshotOf(client).entries).toHaveLength(1);
  });

  test('meta.paymentRequired = false opts a query out: no incident, app retry rules apply', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn(async () => {
      throw declinedCardError();
    });
    renderHook(
      () => useQuery({ queryKey: ['own'], queryFn, retry: 1, retryDelay: 1, meta: { paymentRequired: false } }),
      { wrapper: withProviders(client) },
    );
    await waitFor(() => expect(client.getQueryState(['own'])?.status).toBe('error'));
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(snapshotOf(client).entries).toEqual([]);
  });

  test('resolve() replays a blocked mutation once with its variables and useMutation sees the success', async () => {
    const client = createQueryClient();
    const created: unknown[] = [];
    let paid = false;
    const createProject = vi.fn(async (input: { name: string }) => {
      if (!paid) throw declinedCardError();
      created.push(input);
      return { id: 1, ...input };
    });

    function Form() {
      const [name, setName] = useState('');
      const mutation = useMutation({ mutationFn: createProject });
      return (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            mutation.mutate({ name });
          }}
        >
          <input aria-label="Project name" value={name} onChange={(event) => setName(event.target.value)} />
          <button type="submit">Create</button>
          <output>{mutation.status}</output>
          {mutation.data ? <p>Created {mutation.data.name}</p> : null}
        </form>
      );
    }
    function Resolver() {
      const { isBlocked, resolve } = usePaymentRequired();
      return isBlocked ? <button onClick={() => void resolve()}>I have paid</button> : null;
    }

    const Wrapper = withProviders(client);
    render(
      <Wrapper>
        <Form />
        <Resolver />
      </Wrapper>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Project name'), 'Apollo');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await screen.findByRole('button', { name: 'I have paid' });
    expect(screen.getByRole('status')).toHaveTextContent('error');
    // Nothing the user typed is lost.
    expect(screen.getByLabelText('Project name')).toHaveValue('Apollo');

    paid = true;
    await user.click(screen.getByRole('button', { name: 'I have paid' }));
    await screen.findByText('Created Apollo');
    expect(createProject).toHaveBeenCalledTimes(2);
    expect(createProject).toHaveBeenLastCalledWith({ name: 'Apollo' }, expect.anything());
    expect(created).toEqual([{ name: 'Apollo' }]);
    expect(snapshotOf(client).entries).toEqual([]);
  });

  test('resolve() refetches the blocked queries', async () => {
    const client = createQueryClient();
    let paid = false;
    const queryFn = vi.fn(async () => {
      if (!paid) throw declinedCardError();
      return 'usage data';
    });
    const { result } = renderHook(
      () => ({ query: useQuery({ queryKey: ['usage'], queryFn }), paymentRequired: usePaymentRequired() }),
      { wrapper: withProviders(client) },
    );
    await waitFor(() => expect(result.current.paymentRequired.isBlocked).toBe(true));
    paid = true;
    await act(() => result.current.paymentRequired.resolve());
    await waitFor(() => expect(result.current.query.data).toBe('usage data'));
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(result.current.paymentRequired.isBlocked).toBe(false);
  });

  test('a replay that fails with a 402 again opens a new incident instead of retrying', async () => {
    const client = createQueryClient();
    const mutationFn = vi.fn(async (_: number) => {
      throw declinedCardError();
    });
    const { result } = renderHook(
      () => ({ mutation: useMutation({ mutationFn }), paymentRequired: usePaymentRequired() }),
      { wrapper: withProviders(client) },
    );
    act(() => result.current.mutation.mutate(7));
    await waitFor(() => expect(result.current.paymentRequired.isBlocked).toBe(true));
    await act(() => result.current.paymentRequired.resolve());
    await waitFor(() => expect(result.current.paymentRequired.isBlocked).toBe(true));
    expect(mutationFn).toHaveBeenCalledTimes(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mutationFn).toHaveBeenCalledTimes(2);
  });

  test('dismiss() closes the UI, the query stays in error, and the next 402 opens it again', async () => {
    const client = createQueryClient();
    const queryFn = async () => {
      throw declinedCardError();
    };
    const { result } = renderHook(
      () => ({ query: useQuery({ queryKey: ['a'], queryFn }), paymentRequired: usePaymentRequired() }),
      { wrapper: withProviders(client) },
    );
    await waitFor(() => expect(result.current.paymentRequired.isOpen).toBe(true));
    act(() => result.current.paymentRequired.dismiss());
    expect(result.current.paymentRequired.isOpen).toBe(false);
    expect(result.current.paymentRequired.isBlocked).toBe(true);
    expect(result.current.query.status).toBe('error');
    await act(() => result.current.query.refetch());
    expect(result.current.paymentRequired.isOpen).toBe(true);
  });

  test('a 402 from before the provider mounted is not lost', async () => {
    const client = createQueryClient();
    await client.prefetchQuery({
      queryKey: ['prefetched'],
      queryFn: async () => {
        throw paymentRequiredError({ error: { code: 'subscription_expired', message: 'Your subscription has expired.' } });
      },
      retry: false,
    });
    const { result } = renderHook(() => usePaymentRequired(), { wrapper: withProviders(client) });
    expect(result.current.incident?.reason).toBe('subscription_inactive');
    expect(result.current.blockedQueryKeys).toEqual([['prefetched']]);
  });

  test('a blocked query that succeeds on its own resolves the incident', async () => {
    const client = createQueryClient();
    let paid = false;
    const queryFn = async () => {
      if (!paid) throw declinedCardError();
      return 'ok';
    };
    const { result } = renderHook(
      () => ({ query: useQuery({ queryKey: ['self-heal'], queryFn }), paymentRequired: usePaymentRequired() }),
      { wrapper: withProviders(client) },
    );
    await waitFor(() => expect(result.current.paymentRequired.isBlocked).toBe(true));
    paid = true; // e.g. the user paid in another tab and the window regained focus
    await act(() => result.current.query.refetch());
    expect(result.current.paymentRequired.entries).toEqual([]);
  });

  test('unmounting the provider removes every listener and restores the client', async () => {
    const client = createQueryClient();
    const { unmount } = render(<StrictMode>{withProviders(client)({ children: null })}</StrictMode>);
    expect(Object.hasOwn(client, 'defaultQueryOptions')).toBe(true);
    expect(client.getQueryCache().hasListeners()).toBe(true);
    unmount();
    expect(Object.hasOwn(client, 'defaultQueryOptions')).toBe(false);
    expect(Object.hasOwn(client, 'defaultMutationOptions')).toBe(false);
    expect(client.getQueryCache().hasListeners()).toBe(false);
    expect(client.getMutationCache().hasListeners()).toBe(false);
  });

  test('two providers on one client share incidents and stay connected until both unmount', async () => {
    const client = createQueryClient();
    const first = render(withProviders(client)({ children: null }));
    const second = render(withProviders(client)({ children: null }));
    first.unmount();
    expect(client.getQueryCache().hasListeners()).toBe(true);
    second.unmount();
    expect(client.getQueryCache().hasListeners()).toBe(false);
  });
});
