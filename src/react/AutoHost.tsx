import { createElement, useCallback, useEffect, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { PaymentFormSlotProps } from '../components/update-payment/useUpdatePayment';
import { usePaymentRequiredClient, usePaymentRequiredConfig } from '../presentation/context';
import { chunkLoader } from '../core/chunkLoader';
import { hostClaimsOf } from './hostClaims';

// The prebuilt UI is most of the React layer's bytes and is needed only once a payment problem
// happens: it is a separate chunk, requested when the provider mounts. Once it has loaded, an
// incident renders it in the same commit. Not `lazy` + `<Suspense>`: a lazy component suspends
// on its first render even when its chunk is in memory, and React 19 holds a Suspense reveal
// back by ~300 ms, so the dialog would come a third of a second after the 402.
const hostChunk = chunkLoader(() =>
  import('../components/PaymentRequiredHost').then((module) => {
    // Fonts, styles, formatters and the prompts' code ready before the first incident, not during it.
    module.primeHost();
    return module;
  }),
);

/** Loads the prebuilt UI once; after a failed load (offline, a deploy replaced the chunk) the next call tries again. */
export const loadHost = (): Promise<void> => hostChunk.load().then(() => undefined);

const isServer = () => false;

// Layout effects run before the app's passive effects, where its queries start fetching, so the
// UI's chunk is requested before the first 402 can arrive. On the server there is no effect.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The provider's automatic UI: the host, mounted only while an incident is open and until its
 * prompt has animated out (not at all under reduced motion). The server
 * (and hydration) always see none, since a modal is shown by the browser anyway, so a page
 * rendered with an incident hydrates without a mismatch and opens its dialog right after.
 * Of several providers on one client, only the first mounted one shows it: one 402, one dialog.
 */
export function AutoHost({ renderPaymentForm }: { renderPaymentForm?: (props: PaymentFormSlotProps) => ReactNode }) {
  const paymentRequired = usePaymentRequiredClient('AutoHost');
  const { store } = paymentRequired;
  const claims = hostClaimsOf(paymentRequired);
  const open = useSyncExternalStore(store.subscribe, () => store.getSnapshot().current !== null, isServer);
  const [claimant] = useState(() => ({}));
  useEffect(() => claims.claim(claimant), [claims, claimant]);
  const owns = useSyncExternalStore(claims.subscribe, () => claims.owns(claimant), isServer);
  const show = open && owns;
  // After an incident closes, the host stays until its prompt's exit motion has played.
  const [isExiting, setExiting] = useState(false);
  const [wasShown, setWasShown] = useState(show);
  if (wasShown !== show) {
    setWasShown(show);
    setExiting(!show && owns);
  }
  const onExitComplete = useCallback(() => setExiting(false), []);
  const locale = usePaymentRequiredConfig()?.locale;
  const Loaded = hostChunk.loaded()?.PaymentRequiredHost;
  // Requested at mount in a layout effect, before the app's queries (passive effects) start
  // fetching; asked again when an incident opens, in case it failed. Arriving renders again: the
  // cold path, when an incident opened before the chunk was in memory.
  const [, setArrived] = useState(false);
  useIsomorphicLayoutEffect(() => {
    hostChunk.load().then(
      (host) => {
        // The catalogue of the UI's language right behind it (none for English): its prompts
        // wait for it rather than paint English. Requested from here, not beside the host, so
        // the code that fetches it is not in every page up front.
        setArrived(true);
        host.preloadCatalogue(locale);
      },
      () => {},
    );
  }, [show, locale]);

  // The loaded module's component, the same one every render (not made here).
  return (show || (isExiting && owns)) && Loaded ? createElement(Loaded, { renderPaymentForm, onExitComplete }) : null;
}
