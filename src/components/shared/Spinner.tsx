import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePart } from './parts';

/** Props of {@link Spinner}. */
export type SpinnerProps = Omit<ComponentPropsWithoutRef<'span'>, 'children'>;

/** A decorative busy indicator (hidden from screen readers; the status text speaks instead). The ref is the `<span>`. */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner({ className, ...props }, ref) {
  return <span {...props} aria-hidden="true" {...usePart('spinner', className)} ref={ref} />;
});
