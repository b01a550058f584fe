import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { UpdatePaymentModal } from '../../src/components/update-payment/UpdatePaymentModal';
import type * as UpdatePaymentModalModule from '../../src/components/update-payment/UpdatePaymentModal';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { usePaymentRequired } from '../../src/presentation/usePaymentRequired';
import { createQueryClient } from '../helpers';
import { sampleIncident } from '../../src/devtools/samples';

const renders = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/components/update-payment/UpdatePaymentModal', async (importOriginal) => {
  const actual = await importOriginal<typeof UpdatePaymentModalModule>();
  return {
    ...actual,
    UpdatePaymentModal(props: ComponentProps<typeof actual.UpdatePaymentModal>) {
      renders.count++;
      return <actual.UpdatePaymentModal {...props} />;
    },
  };
});

test('the host does not re-render when the provider re-renders with unchanged data', async () => {
  const client = createQueryClient();
  const onUpdatePayment = () => {};
  const app = (label: string) => (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider onUpdatePayment={onUpdatePayment} locale="en">
        <p>{label}</p>
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
  const { rerender } = render(app('first'));
  act(() => {
    getPaymentRequiredClient(client).store.report(sampleIncident({ reason: 'payment_failed' }));
  });
  expect(await screen.findByRole('dialog')).toBeInTheDocument();
  const afterOpen = renders.count;

  // The app re-renders (new children, new inline handler): the modal does not.
  rerender(app('second'));
  rerender(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider onUpdatePayment={() => {}} locale="en">
        <p>third</p>
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  expect(screen.getByText('third')).toBeInTheDocument();
  expect(renders.count).toBe(afterOpen);

  // A store change that is not about the open incident does not either.
  act(() => {
    getPaymentRequiredClient(client).store.report(sampleIncident({ reason: 'upgrade_required', plan: { required: { id: 'pro' } } }));
  });
  expect(renders.count).toBe(afterOpen);
});

test('dropped in by the app (autoUI off), a component resolves and dismisses its store entry', async () => {
  const user = userEvent.setup();
  const client = createQueryClient();
  function Billing() {
    const { incident: current } = usePaymentRequired();
    return current ? <UpdatePaymentModal incident={current} onUpdatePayment={async () => undefined} /> : <p>all good</p>;
  }
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider autoUI={false}>
        <Billing />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  const { store } = getPaymentRequiredClient(client);
  act(() => {
    store.report(sampleIncident({ reason: 'payment_failed' }));
  });
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  expect(store.getSnapshot().entries[0]?.state).toBe('dismissed');
  act(() => store.open());
  await user.click(screen.getByRole('button', { name: 'Update payment method' }));
  expect(await screen.findByText('all good')).toBeInTheDocument();
  expect(store.getSnapshot().entries).toEqual([]);
});
