import { createContext, useContext } from 'react';
import type { PaymentRequiredClient } from '../query/paymentRequiredClient';
import type { PaymentRequiredConfig } from './config';

// Two contexts: the client never changes, so hooks that read only incidents are not
// re-rendered when the provider's other props (handlers, plans, theme) change.
export const PaymentRequiredClientContext = createContext<PaymentRequiredClient | null>(null);
export const PaymentRequiredConfigContext = createContext<PaymentRequiredConfig | null>(null);

/** The provider's {@link PaymentRequiredClient}; throws a clear error outside the provider. */
export function usePaymentRequiredClient(hookName: string): PaymentRequiredClient {
  const client = useContext(PaymentRequiredClientContext);
  if (!client) throw new Error(`\`${hookName}\` must be used within \`PaymentRequiredProvider\`.`);
  return client;
}

/** The provider's configuration, or `null` outside it (components also work standalone). */
export function usePaymentRequiredConfig(): PaymentRequiredConfig | null {
  return useContext(PaymentRequiredConfigContext);
}
