import { usePart } from './parts';

/** Props of {@link Spinner}. */
export interface SpinnerProps {
  className?: string;
}

/** A decorative busy indicator (hidden from screen readers; the status text speaks instead). */
export function Spinner({ className }: SpinnerProps) {
  return <span aria-hidden="true" {...usePart('spinner', className)} />;
}
