import { lazy, Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { PaymentFormSlotProps } from '../components/update-payment/useUpdatePayment';
import { usePaymentRequiredClient } from './context';

// The prebuilt UI is most of the React layer's bytes and is needed only once a payment problem
// happens: it is a separate chunk, requested when the provider mounts and awaited by the first
// incident that comes sooner.
const importHost = () => import('../components/PaymentRequiredHost');
const PaymentRequiredHost = lazy(() => importHost().then((module) => ({ default: module.PaymentRequiredHost })));

/** Starts loading the prebuilt UI without rendering it. */
export function preloadHost(): void {
  void importHost().catch(() => {
    // Retried by the lazy component when an incident needs it.
  });
}

const isServer = () => false;

/**
 * The provider's automatic UI: the host, mounted only while an incident is open. The server
 * (and hydration) always see none, since a modal is shown by the browser anyway, so a page
 * rendered with an incident hydrates without a mismatch and opens its dialog right after.
 * Of several providers on one client, only the first mounted one shows it: one 402, one dialog.
 */
export function AutoHost({ renderPaymentForm }: { renderPaymentForm?: (props: PaymentFormSlotProps) => ReactNode }) {
  const { store, hostClaims: claims } = usePaymentRequiredClient('AutoHost');
  const open = useSyncExternalStore(store.subscribe, () => store.getSnapshot().current !== null, isServer);
  const [claimant] = useState(() => ({}));
  useEffect(() => claims.claim(claimant), [claims, claimant]);
  const owns = useSyncExternalStore(claims.subscribe, () => claims.owns(claimant), isServer);
  return open && owns ? (
    <Suspense fallback={null}>
      <PaymentRequiredHost renderPaymentForm={renderPaymentForm} />
    </Suspense>
  ) : null;
}
