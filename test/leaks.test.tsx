import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { QuotaCountdown } from '../src/components/quota/QuotaCountdown';
import { getSecondTickerStats } from '../src/components/quota/secondTicker';
import { assertOk } from '../src/core/error';
import type { IncidentEvent } from '../src/core/events';
import { getPaymentRequiredClient } from '../src/query/paymentRequiredClient';
import { hostClaimsOf } from '../src/react/hostClaims';
import { PaymentRequiredProvider } from '../src/react/PaymentRequiredProvider';
import { sampleIncident, samplePlans } from '../src/devtools/samples';
import { deferred } from './components/deferred';
import { createQueryClient } from './helpers';

// Unmounting leaves nothing behind: no timer, no listener on window or document, no cache or
// store subscription, no DOM node. Timers and listeners are counted by wrapping the globals for
// the duration of one test, so whatever the library (or TanStack Query, or React) starts must
// have been stopped by the end.

/** Live timers started while tracking: removed when cleared or when a timeout has fired. */
function trackTimers() {
  const live = new Set<unknown>();
  const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout, setInterval: realSetInterval, clearInterval: realClearInterval } =
    globalThis;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const id = realSetTimeout(() => {
      live.delete(id);
      callback(...args);
    }, delay);
    live.add(id);
    return id;
  }) as typeof setTimeout);
  vi.spyOn(globalThis, 'setInterval').mockImplementation(((callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const id = realSetInterval(callback, delay, ...args);
    live.add(id);
    return id;
  }) as typeof setInterval);
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((id: Parameters<typeof clearTimeout>[0]) => {
    live.delete(id);
    realClearTimeout(id);
  }) as typeof clearTimeout);
  vi.spyOn(globalThis, 'clearInterval').mockImplementation(((id: Parameters<typeof clearInterval>[0]) => {
    live.delete(id);
    realClearInterval(id);
  }) as typeof clearInterval);
  return live;
}

/** Listeners added to window and document while tracking, minus those removed: `[]` when balanced. */
function trackListeners() {
  const added = new Map<string, number>();
  const keys = new WeakMap<object, number>();
  let nextKey = 0;
  const keyOf = (target: string, type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    const id = typeof listener === 'object' || typeof listener === 'function' ? listener : null;
    if (id && !keys.has(id)) keys.set(id, nextKey++);
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    return `${target}:${type}:${id ? keys.get(id) : 'none'}:${capture}`;
  };
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      const key = keyOf(name, type, listener, options);
      added.set(key, (added.get(key) ?? 0) + 1);
      add(type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
      const key = keyOf(name, type, listener, options);
      if (added.has(key)) added.set(key, added.get(key)! - 1);
      remove(type, listener, options);
    });
  }
  return {
    /** Listeners still attached (added more often than removed), by target and event type. */
    attached: () => [...added].filter(([, count]) => count > 0).map(([key]) => key.split(':').slice(0, 2).join(':')),
    /** How many listeners were added in all, to show the tracking saw something. */
    everAdded: () => added.size,
  };
}

/** Every subscription the library could hold on the client, its store and its host claims. */
function subscriptionsOf(client: QueryClient) {
  const paymentRequired = getPaymentRequiredClient(client);
  return {
    queryCache: client.getQueryCache().hasListeners(),
    mutationCache: client.getMutationCache().hasListeners(),
    store: paymentRequired.store.hasListeners(),
    hostClaims: hostClaimsOf(paymentRequired).hasListeners(),
  };
}
const noSubscriptions = { queryCache: false, mutationCache: false, store: false, hostClaims: false };

/** After unmount nobody listens to the store's events: a new event is kept for the next listener. */
function expectNoIncidentEventListener(client: QueryClient) {
  const { store } = getPaymentRequiredClient(client);
  store.report(sampleIncident({ reason: 'payment_failed', code: 'after-unmount' }));
  const heard: IncidentEvent[] = [];
  store.addEventListener((event) => heard.push(event))();
  expect(heard.at(-1)?.type).toBe('shown');
}

const base64 = (value: unknown) => btoa(JSON.stringify(value));

/** The 402 of each reason the prebuilt UI has a dialog for. */
const refusals: Record<string, () => Response> = {
  payment_failed: () =>
    Response.json({ error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Declined.' } }, { status: 402 }),
  subscription_inactive: () => Response.json({ error: { code: 'subscription_expired', message: 'Your subscription has expired.' } }, { status: 402 }),
  unknown: () => new Response('Payment Required', { status: 402 }),
  upgrade_required: () => Response.json({ error: { code: 'upgrade_required', message: 'Needs Business.', required_plan: 'business' } }, { status: 402 }),
  quota_exceeded: () => Response.json({ error: { code: 'quota_exceeded', message: 'Limit reached.' } }, { status: 402, headers: { 'retry-after': '90' } }),
  micropayment_required: () => {
    const challenge = {
      x402Version: 2,
      resource: { url: 'https://api.example.com/report', description: 'Report' },
      accepts: [{ scheme: 'exact', network: 'eip155:84532', amount: '10000', asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e', payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C', maxTimeoutSeconds: 60, extra: { name: 'USDC', version: '2' } }],
    };
    return new Response('{}', { status: 402, headers: { 'content-type': 'application/json', 'payment-required': base64(challenge) } });
  },
};

/** The button that runs the app's handler in each dialog (held pending during the test). */
const handlerButtons: Record<string, string | undefined> = {
  payment_failed: 'Update payment method',
  subscription_inactive: 'Renew subscription',
  upgrade_required: 'Upgrade to Business',
  quota_exceeded: 'Upgrade',
  micropayment_required: 'Pay 0.01 USDC',
};

function Report({ reason, fetchReport }: { reason: string; fetchReport: () => Promise<unknown> }) {
  useQuery({ queryKey: ['report', reason], queryFn: fetchReport });
  return <p>Report</p>;
}

beforeAll(async () => {
  // The provider loads its prebuilt UI on demand; load it once up front so no test waits on the import.
  await import('../src/components/PaymentRequiredHost');
  // React DOM listens to `selectionchange` on the document once, for good, with its first root:
  // create one before counting, so only what mounting our tree adds is counted.
  render(<p />);
  cleanup();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe.each([false, true])('provider with an open dialog, StrictMode %s', (strict) => {
  test.each(Object.keys(refusals))('%s: unmounting leaves no timer, listener, subscription or DOM node', async (reason) => {
    const timers = trackTimers();
    const listeners = trackListeners();
    const channels = trackBroadcastChannels();
    const client = createQueryClient();
    let requests = 0;
    const fetchReport = async () => {
      requests++;
      return (await assertOk(refusals[reason]!())).json() as Promise<unknown>;
    };
    const pending = deferred();
    const handler = () => pending.promise;
    const tree: ReactNode = (
      <QueryClientProvider client={client}>
        <PaymentRequiredProvider plans={samplePlans} onUpdatePayment={handler} onUpgrade={handler} onPay={handler} onIncident={() => {}} crossTab>
          <Report reason={reason} fetchReport={fetchReport} />
        </PaymentRequiredProvider>
      </QueryClientProvider>
    );
    const container = document.body.appendChild(document.createElement('div'));
    const view = render(strict ? <StrictMode>{tree}</StrictMode> : tree, { container });

    const dialog = await screen.findByRole('dialog');
    expect(getPaymentRequiredClient(client).store.getSnapshot().current?.incident.reason).toBe(reason);
    expect(document.documentElement.style.overflow).toBe('hidden');
    // A handler left running when the tree goes away must not leave anything behind either.
    const button = handlerButtons[reason];
    if (button) {
      fireEvent.click(within(dialog).getByRole('button', { name: new RegExp(button) }));
      expect(dialog).toHaveAttribute('aria-busy', 'true');
    }
    // The prompt's status, its ticking text and its announcer, on the one shared timer.
    if (reason === 'quota_exceeded') expect(getSecondTickerStats()).toEqual({ subscribers: 3, timers: 1 });
    expect(subscriptionsOf(client)).toEqual({ queryCache: true, mutationCache: true, store: true, hostClaims: true });

    view.unmount();
    container.remove();
    // The app's cached data (and TanStack's garbage-collection timers for it) are the app's own.
    client.clear();
    await act(async () => pending.resolve(undefined));

    expect(document.body.childNodes).toHaveLength(0);
    expect(document.documentElement.style.overflow).toBe('');
    expect(subscriptionsOf(client)).toEqual(noSubscriptions);
    expectNoIncidentEventListener(client);
    expect(getSecondTickerStats()).toEqual({ subscribers: 0, timers: 0 });
    expect(listeners.everAdded()).toBeGreaterThan(0);
    expect(listeners.attached()).toEqual([]);
    expect([...timers]).toEqual([]);
    expect(channels.opened()).toBeGreaterThan(0);
    expect(channels.open()).toBe(0);
    expect(requests).toBe(1);
  });
});

/** Counts BroadcastChannels the cross-tab link opens and closes (it is not a window listener). */
function trackBroadcastChannels() {
  let opened = 0;
  const live = new Set<BroadcastChannel>();
  const Original = globalThis.BroadcastChannel;
  class Tracked extends Original {
    constructor(name: string) {
      super(name);
      opened++;
      live.add(this);
    }
    override close() {
      live.delete(this);
      super.close();
    }
  }
  vi.stubGlobal('BroadcastChannel', Tracked);
  return { opened: () => opened, open: () => live.size };
}

test('1,000 quota countdowns: one timer while mounted; after unmount no timer, listener, subscription or DOM node', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const now = Date.UTC(2030, 0, 1, 12, 0, 0);
  vi.setSystemTime(now);
  const listeners = trackListeners();
  const client = createQueryClient();
  const container = document.body.appendChild(document.createElement('div'));
  const view = render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider>
        {Array.from({ length: 1_000 }, (_, i) => (
          <QuotaCountdown key={i} incident={sampleIncident({ reason: 'quota_exceeded' })} resetAt={now + (i + 1) * 1000} autoResolve={false} />
        ))}
      </PaymentRequiredProvider>
    </QueryClientProvider>,
    { container },
  );
  expect(screen.getAllByRole('timer')).toHaveLength(1_000);
  // Three listeners per prompt (status, ticking text, announcer), one timer for all of them.
  expect(getSecondTickerStats()).toEqual({ subscribers: 3_000, timers: 1 });
  expect(vi.getTimerCount()).toBe(1);
  // Some reach zero and stop listening while the others keep counting on the same timer.
  act(() => vi.advanceTimersByTime(10_000));
  expect(getSecondTickerStats()).toEqual({ subscribers: 2_970, timers: 1 });
  expect(listeners.attached().filter((key) => key === 'document:visibilitychange')).toHaveLength(1);

  view.unmount();
  container.remove();
  expect(getSecondTickerStats()).toEqual({ subscribers: 0, timers: 0 });
  expect(vi.getTimerCount()).toBe(0);
  expect(listeners.attached()).toEqual([]);
  expect(subscriptionsOf(client)).toEqual(noSubscriptions);
  expect(document.body.childNodes).toHaveLength(0);
}, 60_000); // rendering 1,000 prompts in jsdom on a busy two-core machine takes seconds
