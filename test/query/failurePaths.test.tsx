import { QueryClientProvider, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState, type ReactNode } from 'react';
import { assertOk, HttpError } from '../../src/core/error';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { samplePlans } from '../../src/devtools/samples';
import { deferred } from '../components/deferred';
import { createQueryClient } from '../helpers';

// Failure paths of the whole flow: a real QueryClient, the real provider with its automatic UI,
// and a fake API whose server-side request counts are what the assertions read.

type Billing = 'declined' | 'upgrade' | 'quota' | 'micropayment' | 'paid' | 'broken';

const base64 = (value: unknown) => btoa(JSON.stringify(value));

/** The 402 the fake API answers for each unpaid state (Stripe decline, plan gate, quota, x402). */
function paymentRequiredResponse(billing: Exclude<Billing, 'paid' | 'broken'>, url: string): Response {
  const json = { 'content-type': 'application/json' };
  switch (billing) {
    case 'declined':
      return Response.json(
        { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' } },
        { status: 402 },
      );
    case 'upgrade':
      return Response.json({ error: { code: 'upgrade_required', message: 'Exports need the Business plan.', required_plan: 'business' } }, { status: 402 });
    case 'quota':
      return Response.json({ error: { code: 'quota_exceeded', message: 'Monthly limit reached.' } }, { status: 402, headers: { 'retry-after': '120' } });
    case 'micropayment': {
      const challenge = {
        x402Version: 2,
        resource: { url, description: 'Usage report' },
        accepts: [{ scheme: 'exact', network: 'eip155:84532', amount: '10000', asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e', payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C', maxTimeoutSeconds: 60, extra: { name: 'USDC', version: '2' } }],
      };
      return new Response('{}', { status: 402, headers: { ...json, 'payment-required': base64(challenge) } });
    }
  }
}

/**
 * An in-process API behind a fake `fetch`: `GET /usage` and `POST /exports` answer according to
 * `billing`, and every request that reached the server is counted.
 */
function fakeApi(initial: Billing = 'declined') {
  let billing: Billing = initial;
  const requests = { usage: 0, exports: 0 };
  const exportBodies: unknown[] = [];
  async function fetch(path: '/usage' | '/exports', init?: RequestInit): Promise<Response> {
    const url = `https://api.example.com${path}`;
    if (path === '/usage') requests.usage++;
    else {
      requests.exports++;
      exportBodies.push(JSON.parse(String(init?.body)));
    }
    let response: Response;
    if (billing === 'paid') response = Response.json(path === '/usage' ? { used: 12 } : { id: requests.exports });
    else if (billing === 'broken') response = Response.json({ message: 'Internal error' }, { status: 500 });
    else response = paymentRequiredResponse(billing, url);
    Object.defineProperty(response, 'url', { value: url });
    return response;
  }
  const call = async <T,>(path: '/usage' | '/exports', init?: RequestInit): Promise<T> =>
    (await assertOk(await fetch(path, init))).json() as Promise<T>;
  return {
    requests,
    exportBodies,
    setBilling: (next: Billing) => {
      billing = next;
    },
    getUsage: () => call<{ used: number }>('/usage'),
    createExport: (input: { format: string }) => call<{ id: number }>('/exports', { method: 'POST', body: JSON.stringify(input) }),
  };
}
type FakeApi = ReturnType<typeof fakeApi>;

/** The app's usage widget: its own loading / error / data states. */
function Usage({ api }: { api: FakeApi }) {
  const query = useQuery({ queryKey: ['usage'], queryFn: api.getUsage });
  if (query.data) return <p>Used {query.data.used}</p>;
  if (query.error) return <p>Usage failed: {query.error instanceof HttpError ? query.error.status : 'unknown'}</p>;
  return <p>Loading usage</p>;
}

function Exporter({ api, onError }: { api: FakeApi; onError?: (error: Error) => void }) {
  const mutation = useMutation({ mutationKey: ['export'], mutationFn: api.createExport, onError });
  return (
    <>
      <button onClick={() => mutation.mutate({ format: 'csv' })}>Export</button>
      <output>{mutation.status}</output>
    </>
  );
}

function appTree(client: QueryClient, props: Omit<PaymentRequiredProviderProps, 'children'>, children: ReactNode) {
  return (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider plans={samplePlans} {...props}>
        {children}
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
}

/** Queries do not retry other errors either, so a 500 reaches the app at once. */
const newClient = () => createQueryClient({ defaultOptions: { queries: { retry: false } } });
const storeOf = (client: QueryClient) => getPaymentRequiredClient(client).store;
/** Lets every pending promise and timer of the flow run, so "nothing else happened" can be checked. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

// The provider loads its prebuilt UI on demand; load it once up front so no test waits on the import.
beforeAll(async () => {
  await import('../../src/components/PaymentRequiredHost');
});

/** Each handler with the 402 that leads to its button, and that button's name. */
const handlers = [
  { handler: 'onUpdatePayment', billing: 'declined', dialog: 'Your payment didn’t go through', button: 'Update payment method' },
  { handler: 'onUpgrade', billing: 'upgrade', dialog: 'Upgrade to continue', button: 'Upgrade to Business' },
  { handler: 'onPay', billing: 'micropayment', dialog: 'Pay to continue', button: 'Pay 0.01 USDC' },
] as const;

describe.each(handlers)('the app handler $handler', ({ handler, billing, dialog, button }) => {
  async function openDialog(run: () => unknown) {
    const api = fakeApi(billing);
    const client = newClient();
    const onHandler = vi.fn(run);
    render(appTree(client, { [handler]: onHandler }, <Usage api={api} />));
    const found = await screen.findByRole('dialog', { name: dialog });
    return { api, client, onHandler, dialog: found, user: userEvent.setup() };
  }

  test.each([
    ['throws synchronously', () => {
      throw new Error('Billing portal unavailable');
    }],
    ['rejects', () => Promise.reject(new Error('Billing portal unavailable'))],
  ])('%s: the error is shown, the dialog stays, nothing is replayed, and the app stays usable', async (_, run) => {
    const { api, client, onHandler, dialog: found, user } = await openDialog(run);
    await user.click(within(found).getByRole('button', { name: button }));
    expect(await within(found).findByRole('alert')).toHaveTextContent('Billing portal unavailable');
    expect(onHandler).toHaveBeenCalledTimes(1);
    await settle();
    expect(api.requests.usage).toBe(1);
    expect(storeOf(client).getSnapshot().current?.state).toBe('open');
    // The user can try again (a second click is a new run) and can close the dialog.
    await user.click(within(found).getByRole('button', { name: button }));
    await waitFor(() => expect(onHandler).toHaveBeenCalledTimes(2));
    await user.click(within(found).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(storeOf(client).getSnapshot().entries[0]?.state).toBe('dismissed');
    expect(api.requests.usage).toBe(1);
  });
});

describe.each(handlers)(
  'a handler that never settles ($handler)',
  ({ handler, billing, dialog, button }) => {
    test.each(['the close button', 'Escape'])('%s cancels: the incident is dismissed, nothing replayed, even when the handler settles later', async (how) => {
      const api = fakeApi(billing);
      const client = newClient();
      const pending = deferred();
      render(appTree(client, { [handler]: () => pending.promise }, <Usage api={api} />));
      const found = await screen.findByRole('dialog', { name: dialog });
      const user = userEvent.setup();
      await user.click(within(found).getByRole('button', { name: button }));
      expect(found).toHaveAttribute('aria-busy', 'true');

      if (how === 'Escape') await user.keyboard('{Escape}');
      else await user.click(within(found).getByRole('button', { name: 'Not now' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(storeOf(client).getSnapshot().entries.map((entry) => entry.state)).toEqual(['dismissed']);

      api.setBilling('paid');
      await act(async () => pending.resolve(undefined));
      await settle();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      if (handler === 'onPay') {
        // A per-request payment that completes is spent: the request it paid for is re-run with it
        // (issue 12 §2), rather than leaving the user paid and blocked.
        expect(api.requests.usage).toBe(2);
        expect(storeOf(client).getSnapshot().entries).toEqual([]);
      } else {
        // The app's checkout finishes after the user gave up waiting: the cancel stands.
        expect(api.requests.usage).toBe(1);
        expect(storeOf(client).getSnapshot().entries).toHaveLength(1);
      }
    });
  },
);

describe('after the handler fulfils, the replay fails again', () => {
  test('with a 402: a second incident and a second dialog, not a retry storm', async () => {
    const api = fakeApi('declined');
    const client = createQueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 1 }, mutations: { retry: 3, retryDelay: 1 } } });
    const onUpdatePayment = vi.fn(async () => {});
    render(appTree(client, { onUpdatePayment }, <><Usage api={api} /><Exporter api={api} /></>));
    const user = userEvent.setup();
    await screen.findByRole('dialog');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(storeOf(client).getSnapshot().entries[0]?.blocked).toHaveLength(2));
    const firstId = storeOf(client).getSnapshot().entries[0]!.id;

    await user.click(screen.getByRole('button', { name: 'Update payment method' }));
    // Both blocked requests ran once more, failed with a 402 again, and opened a new incident.
    await waitFor(() => expect(storeOf(client).getSnapshot().entries[0]?.blocked).toHaveLength(2));
    await settle();
    const { entries } = storeOf(client).getSnapshot();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.id).not.toBe(firstId);
    expect(await screen.findByRole('dialog', { name: 'Your payment didn’t go through' })).toBeInTheDocument();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(api.requests).toEqual({ usage: 2, exports: 2 });
    expect(onUpdatePayment).toHaveBeenCalledTimes(1);
  });

  test('with a 500: the error reaches the query error state and useMutation onError, no incident', async () => {
    const api = fakeApi('declined');
    const client = newClient();
    const onError = vi.fn();
    render(appTree(client, { onUpdatePayment: () => api.setBilling('broken') }, <><Usage api={api} /><Exporter api={api} onError={onError} /></>));
    const user = userEvent.setup();
    await screen.findByRole('dialog');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(storeOf(client).getSnapshot().entries[0]?.blocked).toHaveLength(2));
    expect(onError).toHaveBeenCalledTimes(1); // the 402 itself is an error the app hears about too

    await user.click(screen.getByRole('button', { name: 'Update payment method' }));
    expect(await screen.findByText('Usage failed: 500')).toBeInTheDocument();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(onError.mock.calls[1]![0]).toBeInstanceOf(HttpError);
    expect((onError.mock.calls[1]![0] as HttpError).status).toBe(500);
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(storeOf(client).getSnapshot().entries).toEqual([]);
    expect(api.requests).toEqual({ usage: 2, exports: 2 });
  });
});

test('the provider unmounts while the handler is pending: no warning, no replay, nothing thrown', async () => {
  const api = fakeApi('declined');
  const client = newClient();
  const pending = deferred();
  const view = render(appTree(client, { onUpdatePayment: () => pending.promise }, <><Usage api={api} /><Exporter api={api} /></>));
  const user = userEvent.setup();
  await screen.findByRole('dialog');
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await waitFor(() => expect(storeOf(client).getSnapshot().entries[0]?.blocked).toHaveLength(2));
  await user.click(screen.getByRole('button', { name: 'Update payment method' }));

  const consoleError = vi.spyOn(console, 'error');
  view.unmount();
  api.setBilling('paid');
  await act(async () => pending.resolve(undefined));
  await settle();
  expect(api.requests).toEqual({ usage: 1, exports: 1 });
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

test('a handler that rejects after the provider unmounted is swallowed without a warning', async () => {
  const api = fakeApi('declined');
  const client = newClient();
  const pending = deferred();
  const view = render(appTree(client, { onUpdatePayment: () => pending.promise }, <Usage api={api} />));
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Update payment method' }));
  const consoleError = vi.spyOn(console, 'error');
  view.unmount();
  await act(async () => pending.reject(new Error('checkout closed')));
  await settle();
  expect(api.requests.usage).toBe(1);
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

describe('two providers on one client', () => {
  test('both with the automatic UI: one incident, one dialog, one replay; the other takes over when the first unmounts', async () => {
    const api = fakeApi('declined');
    const client = newClient();
    const first = vi.fn(async () => {});
    const second = vi.fn(async () => {});
    function App() {
      const [showFirst, setShowFirst] = useState(true);
      return (
        <QueryClientProvider client={client}>
          {showFirst ? (
            <PaymentRequiredProvider onUpdatePayment={first}>
              <Usage api={api} />
            </PaymentRequiredProvider>
          ) : null}
          <PaymentRequiredProvider onUpdatePayment={second}>
            <Exporter api={api} />
            <button onClick={() => setShowFirst(false)}>Close the first section</button>
          </PaymentRequiredProvider>
        </QueryClientProvider>
      );
    }
    render(<App />);
    const user = userEvent.setup();
    await screen.findByRole('dialog');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(storeOf(client).getSnapshot().entries[0]?.blocked).toHaveLength(2));
    await settle();
    expect(storeOf(client).getSnapshot().entries).toHaveLength(1);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);

    // The first section goes away: the dialog stays, now shown by the second provider.
    await user.click(screen.getByRole('button', { name: 'Close the first section' }));
    expect(await screen.findAllByRole('dialog')).toHaveLength(1);
    api.setBilling('paid');
    await user.click(screen.getByRole('button', { name: 'Update payment method' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('success'));
    await settle();
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    // The unmounted section's query is still in the cache: resolving refetches it once.
    expect(api.requests).toEqual({ usage: 2, exports: 2 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

test('a query removed from the cache while blocked: resolving neither throws nor refetches a ghost', async () => {
  const api = fakeApi('declined');
  const client = newClient();
  function App() {
    const [showUsage, setShowUsage] = useState(true);
    return (
      <>
        {showUsage ? <Usage api={api} /> : null}
        <button onClick={() => setShowUsage(false)}>Leave the page</button>
      </>
    );
  }
  render(appTree(client, { onUpdatePayment: async () => {} }, <App />));
  const user = userEvent.setup();
  await screen.findByRole('dialog');
  expect(storeOf(client).getSnapshot().entries[0]?.blocked).toHaveLength(1);
  await user.click(screen.getByRole('button', { name: 'Leave the page' }));
  act(() => client.removeQueries({ queryKey: ['usage'] }));
  expect(storeOf(client).getSnapshot().entries[0]?.blocked).toEqual([]);

  api.setBilling('paid');
  await user.click(screen.getByRole('button', { name: 'Update payment method' }));
  await settle();
  expect(api.requests.usage).toBe(1);
  expect(client.getQueryCache().find({ queryKey: ['usage'] })).toBeUndefined();
  expect(storeOf(client).getSnapshot().entries).toEqual([]);
});

test.each([
  ['still in the mutation cache', 5 * 60_000],
  ['garbage-collected from the mutation cache', 0],
])('a mutation whose component unmounted before the replay (%s) is replayed exactly once', async (_, gcTime) => {
  const api = fakeApi('declined');
  const client = createQueryClient({ defaultOptions: { mutations: { gcTime } } });
  function App() {
    const [showExporter, setShowExporter] = useState(true);
    return (
      <>
        {showExporter ? <Exporter api={api} /> : null}
        <button onClick={() => setShowExporter(false)}>Leave the page</button>
      </>
    );
  }
  render(appTree(client, { onUpdatePayment: async () => {} }, <App />));
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await screen.findByRole('dialog');
  await user.click(screen.getByRole('button', { name: 'Leave the page' }));
  if (gcTime === 0) await waitFor(() => expect(client.getMutationCache().getAll()).toEqual([]));

  api.setBilling('paid');
  await user.click(screen.getByRole('button', { name: 'Update payment method' }));
  await waitFor(() => expect(api.requests.exports).toBe(2));
  await settle();
  expect(api.requests.exports).toBe(2);
  expect(api.exportBodies).toEqual([{ format: 'csv' }, { format: 'csv' }]);
  expect(storeOf(client).getSnapshot().entries).toEqual([]);
});

test('StrictMode double effects: one incident, one dialog, one replay of each request', async () => {
  const api = fakeApi('declined');
  const client = newClient();
  const onUpdatePayment = vi.fn(async () => api.setBilling('paid'));
  render(<StrictMode>{appTree(client, { onUpdatePayment }, <><Usage api={api} /><Exporter api={api} /></>)}</StrictMode>);
  const user = userEvent.setup();
  await screen.findByRole('dialog');
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await waitFor(() => expect(storeOf(client).getSnapshot().entries[0]?.blocked).toHaveLength(2));
  expect(storeOf(client).getSnapshot().entries).toHaveLength(1);
  expect(screen.getAllByRole('dialog')).toHaveLength(1);

  await user.click(screen.getByRole('button', { name: 'Update payment method' }));
  expect(await screen.findByText('Used 12')).toBeInTheDocument();
  await settle();
  expect(onUpdatePayment).toHaveBeenCalledTimes(1);
  expect(api.requests).toEqual({ usage: 2, exports: 2 });
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

describe('the quota countdown against the wall clock', () => {
  // Only the clock is fake: the page's one second ticker runs on real timers, so every value it
  // shows comes from the clock the test sets, never from counted ticks.
  const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);
  let visibility: DocumentVisibilityState = 'visible';
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const setVisibility = (next: DocumentVisibilityState) =>
    act(() => {
      visibility = next;
      document.dispatchEvent(new Event('visibilitychange'));
    });
  const timer = () => screen.getByRole('timer');

  async function renderQuota() {
    const api = fakeApi('quota');
    const client = newClient();
    render(appTree(client, {}, <Usage api={api} />));
    expect(await screen.findByRole('dialog', { name: 'You’ve reached your limit' })).toBeInTheDocument();
    expect(timer()).toHaveTextContent('Resets in 2 minutes');
    return { api, client };
  }

  test('a hidden tab shows the right remaining time when it is shown again', async () => {
    await renderQuota();
    setVisibility('hidden');
    // In the background the browser throttles timers; the clock moves on regardless.
    vi.setSystemTime(NOW + 45_000);
    setVisibility('visible');
    expect(timer()).toHaveTextContent('Resets in 1 minute, 15 seconds');
    vi.setSystemTime(NOW + 46_000);
    await waitFor(() => expect(timer()).toHaveTextContent('Resets in 1 minute, 14 seconds'));
  });

  test('the clock jumping backwards counts up honestly and keeps ticking; forwards past the reset resolves once', async () => {
    const { api, client } = await renderQuota();
    vi.setSystemTime(NOW - 3_600_000);
    await waitFor(() => expect(timer()).toHaveTextContent('Resets in 1 hour, 2 minutes'));
    vi.setSystemTime(NOW + 60_000);
    await waitFor(() => expect(timer()).toHaveTextContent('Resets in 1 minute'));
    expect(timer()).not.toHaveTextContent('-');

    api.setBilling('paid');
    vi.setSystemTime(NOW + 3_600_000);
    // Reached (never below zero): the incident resolves and the blocked query runs once more.
    expect(await screen.findByText('Used 12')).toBeInTheDocument();
    await settle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(storeOf(client).getSnapshot().entries).toEqual([]);
    expect(api.requests.usage).toBe(2);
  });

  test('jumping past the reset while the server still refuses: one replay, then a fresh countdown, no loop', async () => {
    const { api, client } = await renderQuota();
    const firstId = storeOf(client).getSnapshot().entries[0]!.id;
    vi.setSystemTime(NOW + 600_000);
    await waitFor(() => expect(storeOf(client).getSnapshot().entries[0]?.id).not.toBe(firstId));
    await waitFor(() => expect(timer()).toHaveTextContent('Resets in 2 minutes'));
    await settle();
    expect(api.requests.usage).toBe(2);
    expect(storeOf(client).getSnapshot().entries).toHaveLength(1);
  });
});
