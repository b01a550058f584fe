import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PaymentRequiredProvider } from 'react-payment-required';
import 'react-payment-required/styles.css';
import { api } from './api';
import { Dashboard } from './Dashboard';

const queryClient = new QueryClient();

// The billing portal of this demo is the API's /pay: resolving tells the library the user is done.
const openBillingPortal = () => api('/pay', { method: 'POST' });

export function Root() {
  return (
    <QueryClientProvider client={queryClient}>
      <PaymentRequiredProvider onUpdatePayment={() => openBillingPortal()}>
        <Dashboard />
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
}
