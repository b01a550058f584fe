// Uses the public API the way an app does, so the compiler reads every declaration it ships.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { PaymentRequiredProvider, assertOk, usePaymentRequired, type PaymentRequiredIncident } from 'react-payment-required';
import { UpdatePaymentModal } from 'react-payment-required/components';
import { PAYMENT_REQUIRED_REASONS, createIncidentStore, type PaymentRequiredReason } from 'react-payment-required/core';
import { connectCrossTab } from 'react-payment-required/cross-tab';
import { PaymentRequiredDevtools } from 'react-payment-required/devtools';
import { withPayments } from 'react-payment-required/micropayment';
import { parsePaymentRequired } from 'react-payment-required/parse';

const queryClient = new QueryClient();
const reasons: readonly PaymentRequiredReason[] = PAYMENT_REQUIRED_REASONS;
const store = createIncidentStore();
export const disconnect: () => void = connectCrossTab(store, {});
export const payingFetch: typeof fetch = withPayments(fetch);

function Usage() {
  const usage = useQuery({ queryKey: ['usage'], queryFn: () => fetch('/api/usage').then(assertOk).then((response) => response.json() as Promise<{ used: number }>) });
  const blocked: boolean = usePaymentRequired((state) => state.isBlocked);
  return <p>{blocked ? 'Blocked' : usage.data?.used}</p>;
}

function Billing({ incident }: { incident: PaymentRequiredIncident }) {
  return <UpdatePaymentModal incident={incident} onUpdatePayment={async () => undefined} />;
}

export function Root() {
  const incident = parsePaymentRequired({ status: 402, body: { error: { code: 'card_declined' } } });
  return (
    <QueryClientProvider client={queryClient}>
      <PaymentRequiredProvider onUpdatePayment={async () => undefined} theme={{ colorPrimary: '#6d28d9' }}>
        <Usage />
        {incident ? <Billing incident={incident} /> : null}
        <p>{reasons.length}</p>
        <PaymentRequiredDevtools />
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
}
