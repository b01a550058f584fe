import { useQuery } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { IncidentEvent } from '../../src/core/events';
import { PAYMENT_REQUIRED_REASONS } from '../../src/core/types';
import { PaymentRequiredDevtools } from '../../src/devtools';
import { simulateIncident } from '../../src/devtools/simulatedResponses';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { createQueryClient, declinedCardError, withProviders } from '../helpers';

afterEach(() => {
  vi.unstubAllEnvs();
});

function renderDevtools(options: { onIncident?: (event: IncidentEvent) => void; children?: React.ReactNode } = {}) {
  const client = createQueryClient();
  const Wrapper = withProviders(client, { onIncident: options.onIncident });
  const view = render(
    <StrictMode>
      <Wrapper>
        {options.children}
        <PaymentRequiredDevtools initialOpen />
      </Wrapper>
    </StrictMode>,
  );
  return { client, store: getPaymentRequiredClient(client).store, view };
}

const panel = () => screen.getByRole('region', { name: 'Payment Required devtools' });
const eventLog = () => within(panel()).queryByRole('list', { name: 'Incident events, newest first' });
const eventTexts = () => within(eventLog()!).getAllByRole('listitem').map((item) => item.textContent ?? '');
/** Lets the panel's deferred event subscription attach. */
const settle = () => act(async () => {});

describe('PaymentRequiredDevtools', () => {
  test('starts collapsed, opens and closes from the keyboard, and returns focus to its toggle', async () => {
    const user = userEvent.setup();
    render(<PaymentRequiredDevtools />, { wrapper: withProviders(createQueryClient()) });
    const toggle = screen.getByRole('button', { name: /402 devtools · 0 incidents/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region')).toBeNull();

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', panel().id);
    expect(within(panel()).getByText('No unresolved incidents.')).toBeInTheDocument();

    await user.tab();
    expect(within(panel()).getByRole('button', { name: 'payment_method_required' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region')).toBeNull();
    expect(toggle).toHaveFocus();
  });

  test('lists a real 402 from a query: reason, state, format and what it blocks', async () => {
    function Invoices() {
      useQuery({ queryKey: ['invoices'], queryFn: () => Promise.reject(declinedCardError()) });
      return null;
    }
    renderDevtools({ children: <Invoices /> });

    const row = await within(panel()).findByRole('row', { name: /payment_failed/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['open', 'stripe', '1', '1', expect.stringMatching(/Resolve/)]);
    expect(screen.getByRole('button', { name: /402 devtools · 1 incident$/ })).toBeInTheDocument();
  });

  test.each(PAYMENT_REQUIRED_REASONS)('simulates %s through the parser, as a running app would see it', async (reason) => {
    const user = userEvent.setup();
    const onIncident = vi.fn();
    const { store } = renderDevtools({ onIncident });
    await settle();

    await user.click(within(panel()).getByRole('button', { name: reason }));

    const row = await within(panel()).findByRole('row', { name: new RegExp(`^${reason}`) });
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent((await simulateIncident(reason)).format);
    expect(store.getSnapshot().current?.incident.reason).toBe(reason);
    expect(eventTexts()[0]).toMatch(new RegExp(`shown ${reason} \\(incident-1, 1 blocked\\)`));
    // The app's monitoring sees simulated incidents like real ones.
    expect(onIncident).toHaveBeenCalledWith(expect.objectContaining({ type: 'shown', incident: expect.objectContaining({ reason }) }));
  });

  test('resolve, dismiss and show act on the incident, and each step is logged', async () => {
    const user = userEvent.setup();
    const { store } = renderDevtools();
    await settle();
    await user.click(within(panel()).getByRole('button', { name: 'quota_exceeded' }));
    await within(panel()).findByRole('row', { name: /^quota_exceeded/ });
    await user.click(within(panel()).getByRole('button', { name: 'payment_failed' }));
    await within(panel()).findByRole('row', { name: /^payment_failed/ });

    await user.click(within(panel()).getByRole('button', { name: 'Dismiss quota_exceeded (incident-1)' }));
    expect(within(panel()).getByRole('row', { name: /^quota_exceeded/ })).toHaveAttribute('data-state', 'dismissed');
    expect(store.getSnapshot().current?.incident.reason).toBe('payment_failed');

    await user.click(within(panel()).getByRole('button', { name: 'Show quota_exceeded (incident-1)' }));
    expect(within(panel()).getByRole('row', { name: /^quota_exceeded/ })).toHaveAttribute('data-state', 'open');

    await user.click(within(panel()).getByRole('button', { name: 'Resolve payment_failed (incident-2)' }));
    expect(within(panel()).queryByRole('row', { name: /^payment_failed/ })).toBeNull();
    expect(store.getSnapshot().entries.map((entry) => entry.incident.reason)).toEqual(['quota_exceeded']);

    expect(eventTexts().map((text) => /\d\d:\d\d:\d\d\.\d{3} (\w+ \w+)/.exec(text)?.[1])).toEqual([
      'resolved payment_failed',
      'reopened quota_exceeded',
      'dismissed quota_exceeded',
      'shown payment_failed',
      'shown quota_exceeded',
    ]);

    await user.click(within(panel()).getByRole('button', { name: 'Clear events' }));
    expect(eventLog()).toBeNull();
    expect(within(panel()).getByText('No events yet.')).toBeInTheDocument();
  });

  test('the log keeps only the latest events', async () => {
    const user = userEvent.setup();
    const client = createQueryClient();
    render(<PaymentRequiredDevtools initialOpen maxEvents={3} />, { wrapper: withProviders(client) });
    await settle();
    for (const reason of ['quota_exceeded', 'payment_failed', 'unknown', 'upgrade_required'] as const) {
      await user.click(within(panel()).getByRole('button', { name: reason }));
      await within(panel()).findByRole('row', { name: new RegExp(`^${reason}`) });
    }
    expect(eventTexts().map((text) => /shown (\w+)/.exec(text)?.[1])).toEqual(['upgrade_required', 'unknown', 'payment_failed']);
  });

  test('does not take the events from before mount away from the app’s onIncident', async () => {
    const client = createQueryClient();
    // A 402 reported before any provider mounted (e.g. a prefetch): the store holds the event.
    getPaymentRequiredClient(client).store.report(await simulateIncident('payment_failed'));
    const onIncident = vi.fn();
    const Wrapper = withProviders(client, { onIncident });
    render(
      <Wrapper>
        <PaymentRequiredDevtools initialOpen />
      </Wrapper>,
    );
    await settle();
    expect(onIncident).toHaveBeenCalledWith(expect.objectContaining({ type: 'shown', incident: expect.objectContaining({ reason: 'payment_failed' }) }));
    // The panel still shows the incident itself, from the store's state.
    expect(within(panel()).getByRole('row', { name: /^payment_failed/ })).toBeInTheDocument();
  });

  test('unmounting removes its event listener', async () => {
    const { store, view } = renderDevtools();
    await settle();
    view.unmount();
    const listener = vi.fn();
    // With every listener gone, the store buffers again and replays to the next one.
    store.report(await simulateIncident('unknown'));
    store.addEventListener(listener);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ type: 'shown' }));
  });

  test('renders nothing in a production build', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { container } = render(<PaymentRequiredDevtools initialOpen />, { wrapper: withProviders(createQueryClient()) });
    expect(container).toBeEmptyDOMElement();
  });

  test('outside the provider it says where it belongs', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<PaymentRequiredDevtools />)).toThrow('`PaymentRequiredDevtools` must be used within `PaymentRequiredProvider`.');
  });
});
