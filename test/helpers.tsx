import { QueryClient, QueryClientProvider, type QueryClientConfig } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PaymentRequiredError } from '../src/core/error';
import type { IncidentEvent } from '../src/core/events';
import type { IncidentStore } from '../src/core/store';
import type { PaymentRequiredIncident } from '../src/core/types';
import { getPaymentRequiredClient } from '../src/query/paymentRequiredClient';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../src/react/PaymentRequiredProvider';

/** A Stripe-style declined-card 402, as a fetcher built on `assertOk` would throw it. */
export function declinedCardError(): PaymentRequiredError {
  return paymentRequiredError({
    error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  });
}

/** A 402 carrying `body`. */
export function paymentRequiredError(body: unknown, headers: Record<string, string> = {}): PaymentRequiredError {
  return new PaymentRequiredError({ status: 402, headers: new Headers(headers), body });
}

/** A real QueryClient, with the app-level retry settings given (TanStack's defaults otherwise). */
export function createQueryClient(config: QueryClientConfig = {}): QueryClient {
  return new QueryClient(config);
}

/** Renders `children` inside QueryClientProvider + PaymentRequiredProvider. */
export function withProviders(
  client: QueryClient,
  props: Omit<PaymentRequiredProviderProps, 'children'> = {},
): (options: { children: ReactNode }) => ReactNode {
  return function Wrapper({ children }) {
    return (
      <QueryClientProvider client={client}>
        <PaymentRequiredProvider autoUI={false} {...props}>
          {children}
        </PaymentRequiredProvider>
      </QueryClientProvider>
    );
  };
}

/**
 * Mounts a provider (no automatic UI) with `props`, reports `incident` into its store by hand, and
 * returns what `onIncident` received so far and the store (for later actions).
 */
export function reportThroughProvider(
  incident: PaymentRequiredIncident,
  props: Omit<PaymentRequiredProviderProps, 'children' | 'onIncident'> = {},
): { events: IncidentEvent[]; store: IncidentStore } {
  const client = createQueryClient();
  const events: IncidentEvent[] = [];
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider autoUI={false} onIncident={(event) => events.push(event)} {...props} />
    </QueryClientProvider>,
  );
  const { store } = getPaymentRequiredClient(client);
  act(() => {
    store.report(incident);
  });
  return { events, store };
}
