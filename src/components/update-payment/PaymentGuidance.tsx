import type { ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';

/** Props of {@link PaymentGuidance}. */
export type PaymentGuidanceProps = ComponentPropsWithoutRef<'span'>;

/** Advice for the specific decline (e.g. insufficient funds), inside the description. */
export function PaymentGuidance({ className, ...props }: PaymentGuidanceProps) {
  return <span {...props} {...usePart('guidance', className)} />;
}
