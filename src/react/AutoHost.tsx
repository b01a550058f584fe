import { useEffect, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { PaymentRequiredHost } from '../components/PaymentRequiredHost';
import type { PaymentFormSlotProps } from '../components/update-payment/useUpdatePayment';
import { usePaymentRequiredClient } from './context';

type Host = typeof PaymentRequiredHost;

// The prebuilt UI is most of the React layer's bytes and is needed only once a payment problem
// happens: it is a separate chunk, requested when the provider mounts. Once it has loaded, an
// incident renders it in the same commit. Not `lazy` + `<Suspense>`: a lazy component suspends
// on its first render even when its chunk is in memory, and React 19 holds a Suspense reveal
// back by ~300 ms, so the dialog would come a third of a second after the 402.
let host: Host | undefined;
let loading: Promise<Host> | undefined;

/** Loads the prebuilt UI once; a failed load (offline, a deploy replaced the chunk) is retried by the next call. */
export function loadHost(): Promise<Host> {
  loading ??= import('../components/PaymentRequiredHost').then(
    (module) => (host = module.PaymentRequiredHost),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const noop = () => {};

/** Starts loading the prebuilt UI without rendering it. */
export function preloadHost(): void {
  loadHost().catch(noop);
}

const isServer = () => false;

// Layout effects run before the app's passive effects, where its queries start fetching, so the
// UI's chunk is requested before the first 402 can arrive. On the server there is no effect.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

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
  const show = open && owns;
  useIsomorphicLayoutEffect(preloadHost, []);

  // The cold path: an incident opened before the chunk arrived renders again when it does.
  const [, setArrived] = useState(false);
  const Loaded = host;
  useEffect(() => {
    if (!show || Loaded) return;
    let active = true;
    loadHost().then(() => {
      if (active) setArrived(true);
    }, noop);
    return () => {
      active = false;
    };
  }, [show, Loaded]);

  return show && Loaded ? <Loaded renderPaymentForm={renderPaymentForm} /> : null;
}
