/* global window, document, MutationObserver, requestAnimationFrame */
// The browser bench's app, written as a user of the package would: fetch + assertOk, one
// useQuery, the provider with its automatic UI. Built by Vite in production mode against the
// packed package, once per React version (bench/browser.mjs aliases `react` for React 18).
// Plain JS with createElement, so the root typecheck (which runs before any build) never needs
// the built package. It only records marks; the bench reads them back and computes the figures.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement as h, version } from 'react';
import { createRoot } from 'react-dom/client';
import { assertOk, PaymentRequiredProvider } from 'react-payment-required';
import 'react-payment-required/styles.css';

// queryError: the query cache reports the 402 as the query's error; shown: the store's `shown` event; shownFrame: start of the next frame; dialogOpen: an open <dialog> is in the DOM; frame: start of
// the first frame rendered with it (rAF timestamp); painted: after that frame (a task posted from
// its rAF callback runs once the frame is rendered). All performance.now() milliseconds.
const marks = { react: version };
window.__bench = marks;

const observer = new MutationObserver(() => {
  if (!document.querySelector('dialog[open]')) return;
  marks.dialogOpen = performance.now();
  observer.disconnect();
  requestAnimationFrame((frameStart) => {
    marks.frame = frameStart;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      marks.painted = performance.now();
    };
    channel.port2.postMessage(null);
  });
});
observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });

function Account() {
  const account = useQuery({
    queryKey: ['account'],
    queryFn: () => fetch('/api/account').then(assertOk).then((response) => response.json()),
  });
  if (account.isPending) return h('p', null, 'Loading…');
  if (account.isError) return h('p', null, 'Billing needs attention.');
  return h('p', null, `Plan: ${account.data.plan}`);
}

const onIncident = (event) => {
  if (event.type !== 'shown' || marks.shown !== undefined) return;
  marks.shown = performance.now();
  // Start of the first frame after `shown`: the dialog should be in that one.
  requestAnimationFrame((frameStart) => {
    marks.shownFrame = frameStart;
  });
};

const queryClient = new QueryClient();
queryClient.getQueryCache().subscribe((event) => {
  if (event.type === 'updated' && event.action.type === 'error') marks.queryError ??= performance.now();
});

createRoot(document.getElementById('root')).render(
  h(
    QueryClientProvider,
    { client: queryClient },
    h(
      PaymentRequiredProvider,
      { locale: 'en', onUpdatePayment: () => {}, onIncident },
      h('main', null, h('h1', null, 'Account'), h(Account)),
    ),
  ),
);
