import type { ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';

/** Props of {@link PaymentFormSlot}. */
export type PaymentFormSlotContainerProps = ComponentPropsWithoutRef<'div'>;

/** Holds the app's own payment form (e.g. Stripe's PaymentElement); the library never sees card data. */
export function PaymentFormSlot({ className, ...props }: PaymentFormSlotContainerProps) {
  return <div {...props} {...usePart('form', className)} />;
}
