import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { Profiler, StrictMode } from 'react';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { loadHost } from '../../src/react/AutoHost';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';
import { sampleIncident } from '../../src/devtools/samples';

// Whether a dialog was in the document at each commit of the tree, in order.
function renderCountingCommits(strict: boolean) {
  const client = createQueryClient();
  const commits: boolean[] = [];
  const app = (
    <Profiler id="app" onRender={() => commits.push(document.querySelector('dialog') !== null)}>
      <QueryClientProvider client={client}>
        <PaymentRequiredProvider onUpdatePayment={() => {}}>
          <main>
            <h1>Projects</h1>
          </main>
        </PaymentRequiredProvider>
      </QueryClientProvider>
    </Profiler>
  );
  render(strict ? <StrictMode>{app}</StrictMode> : app);
  return { store: getPaymentRequiredClient(client).store, commits };
}

// With `lazy` + <Suspense>, the first commit after the incident held an empty fallback even with
// the chunk in memory, and React 19 delays the reveal of a suspended boundary by ~300 ms.
test.each([false, true])('once the prebuilt UI has loaded, an incident shows its dialog in the commit that opens it (StrictMode %s)', async (strict) => {
  await loadHost();
  const { store, commits } = renderCountingCommits(strict);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  commits.length = 0;

  act(() => {
    store.report(sampleIncident({ reason: 'payment_failed' }));
  });

  expect(commits.length).toBeGreaterThan(0);
  expect(commits[0]).toBe(true);
  expect(screen.getByRole('dialog')).toHaveAttribute('data-reason', 'payment_failed');
});
