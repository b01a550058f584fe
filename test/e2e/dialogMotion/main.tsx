// One controlled dialog from the library's parts, with the shipped stylesheet: the test opens
// it, closes it, and looks at what is left on screen while (and after) it animates out. Below it,
// the provider's automatic UI, opened by reporting an incident to its store.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { getPaymentRequiredClient, PaymentRequiredProvider } from '../../../src/index';
import { DialogClose, DialogDescription, DialogRoot, DialogTitle } from '../../../src/components/index';
import '../../../src/theme/styles.css';

const queryClient = new QueryClient();

function ReportIncident() {
  return (
    <button
      type="button"
      onClick={() =>
        getPaymentRequiredClient(queryClient).store.report({ reason: 'payment_method_required', status: 402, format: 'json', links: {}, raw: null })
      }
    >
      Report a 402
    </button>
  );
}

function App() {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Fix billing
      </button>
      <p data-testid="state">{open ? 'open' : 'closed'}</p>
      <DialogRoot open={open} onOpenChange={setOpen}>
        <DialogTitle>Payment needed</DialogTitle>
        <DialogDescription>Your card was declined by the bank.</DialogDescription>
        <DialogClose>Not now</DialogClose>
      </DialogRoot>
      <QueryClientProvider client={queryClient}>
        <PaymentRequiredProvider onUpdatePayment={() => {}}>
          <ReportIncident />
        </PaymentRequiredProvider>
      </QueryClientProvider>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
