'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { PaymentRequiredProvider } from 'react-payment-required';
import { api } from './api';

// The billing portal of this demo is the API's /pay: resolving tells the library the user is done.
const openBillingPortal = () => api('/pay', { method: 'POST' });

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser session, not one shared by every server request.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <PaymentRequiredProvider onUpdatePayment={() => openBillingPortal()}>{children}</PaymentRequiredProvider>
    </QueryClientProvider>
  );
}
