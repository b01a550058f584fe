import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockInstance } from 'vitest';
import type { IncidentEvent } from '../../src/core/events';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { PaymentRequiredHost } from '../../src/components/PaymentRequiredHost';
import type { MessageOverrides } from '../../src/messages/catalog';
import { loadOnDemand } from '../../src/query/lazyParser';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';
import { sampleIncident } from '../../src/devtools/samples';

// A prompt that throws while rendering must not unmount the app: the generic dialog replaces
// it, one `render_failed` event goes to onIncident, and the incident can still be resolved or
// dismissed.

const OUR_PREFIX = '[react-payment-required] the prompt';

// As on a page some time after mount: the parser chunk, with the event redactor, is in memory.
beforeAll(() => loadOnDemand());

/** Overrides whose getter for `key` throws, as a broken or hostile catalogue would. */
function throwingMessages(key: string): MessageOverrides {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error('catalogue exploded');
    },
  }) as MessageOverrides;
}

function setup(props: Omit<PaymentRequiredProviderProps, 'children'>, value: PaymentRequiredIncident) {
  const client = createQueryClient();
  const events: IncidentEvent[] = [];
  const view = render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider autoUI={false} locale="en" onIncident={(event) => events.push(event)} {...props}>
        <p>app content</p>
        <PaymentRequiredHost />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  const store = getPaymentRequiredClient(client).store;
  act(() => {
    store.report(value);
  });
  return { client, events, store, view };
}

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  // React logs caught render errors too; the test counts only the library's own line.
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
const ourErrors = () => errors.mock.calls.filter(([first]) => String(first).startsWith(OUR_PREFIX));
const failures = (events: IncidentEvent[]) => events.filter((event) => event.type === 'render_failed');

const upgrade = sampleIncident({
  reason: 'upgrade_required',
  message: 'Secret plan text',
  plan: { required: { id: 'pro', name: 'Pro' } },
  links: { support: 'https://help.example.com/billing' },
  url: 'https://api.example.com/reports?access_token=abc123',
});

test('a prompt that throws is replaced by the generic dialog; the app stays mounted; one event', async () => {
  const { events, store } = setup({ messages: throwingMessages('upgrade.title') }, upgrade);

  expect(screen.getByText('app content')).toBeInTheDocument();
  const dialog = screen.getByRole('dialog', { name: 'We couldn’t process this request' });
  expect(dialog).toBeInTheDocument();
  // Support contact from the incident's link; no server text from the failed incident.
  expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'https://help.example.com/billing');
  expect(screen.queryByText('Secret plan text')).toBeNull();

  const failed = failures(events);
  expect(failed).toHaveLength(1);
  expect(failed[0]).toMatchObject({
    type: 'render_failed',
    id: store.getSnapshot().current!.id,
    incident: { reason: 'upgrade_required', url: 'https://api.example.com/reports' },
    error: { name: 'Error', message: 'catalogue exploded' },
  });
  expect(ourErrors()).toHaveLength(1);
});

test('the incident stays usable from the fallback: "Not now" dismisses, "Try again" resolves', async () => {
  const user = userEvent.setup();
  const { events, store } = setup({ messages: throwingMessages('upgrade.title') }, upgrade);

  await user.click(screen.getByRole('button', { name: 'Not now' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(events.map((event) => event.type)).toEqual(['shown', 'render_failed', 'dismissed']);

  act(() => store.open());
  await user.click(await screen.findByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(store.getSnapshot().entries).toEqual([]));
  expect(screen.getByText('app content')).toBeInTheDocument();
  // Reopened and shown again with the same failing prompt: still reported once.
  expect(failures(events)).toHaveLength(1);
  expect(events.at(-1)?.type).toBe('resolved');
});

test('a throwing renderPaymentForm slot falls back to the generic dialog, without the slot', () => {
  const client = createQueryClient();
  const events: IncidentEvent[] = [];
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider autoUI={false} locale="en" onIncident={(event) => events.push(event)}>
        <p>app content</p>
        <PaymentRequiredHost
          renderPaymentForm={() => {
            throw new TypeError('Stripe is not loaded');
          }}
        />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  act(() => {
    getPaymentRequiredClient(client).store.report(sampleIncident({ reason: 'payment_method_required' }));
  });
  expect(screen.getByText('app content')).toBeInTheDocument();
  expect(screen.getByRole('dialog', { name: 'We couldn’t process this request' })).toBeInTheDocument();
  expect(failures(events)).toMatchObject([{ error: { name: 'TypeError', message: 'Stripe is not loaded' } }]);
});

test('when the generic dialog throws too, nothing is rendered and the app stays', () => {
  const everything = new Proxy({} as MessageOverrides, {
    has: () => true,
    getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: undefined }),
    get() {
      throw new Error('every message fails');
    },
  });
  const { events, store } = setup({ messages: everything }, upgrade);
  expect(screen.getByText('app content')).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(failures(events)).toHaveLength(1);
  // Still resolvable through the hook's actions.
  act(() => void store.resolve());
  expect(store.getSnapshot().entries).toEqual([]);
});

test('the console line is development-only', () => {
  vi.stubEnv('NODE_ENV', 'production');
  const { events } = setup({ messages: throwingMessages('upgrade.title') }, upgrade);
  expect(failures(events)).toHaveLength(1);
  expect(ourErrors()).toHaveLength(0);
});

test('an onIncident that throws on render_failed does not break the fallback', () => {
  const onIncident = vi.fn((event: IncidentEvent) => {
    if (event.type === 'render_failed') throw new Error('analytics down');
  });
  setup({ messages: throwingMessages('upgrade.title'), onIncident }, upgrade);
  expect(screen.getByRole('dialog', { name: 'We couldn’t process this request' })).toBeInTheDocument();
  expect(onIncident).toHaveBeenCalledWith(expect.objectContaining({ type: 'render_failed' }));
});
