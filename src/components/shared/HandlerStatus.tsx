import type { ReactNode } from 'react';
import { usePartMessages } from './partMessages';
import { usePart } from './parts';
import { visuallyHidden } from './visuallyHidden';

/** Props of {@link HandlerStatus}. */
export interface HandlerStatusProps {
  pending: boolean;
  /** Text while pending; defaults to the catalogue's `status.pending`. */
  children?: ReactNode;
  className?: string;
}

/** A polite live region, present from the start, that tells screen readers a handler is running. */
export function HandlerStatus({ pending, children, className }: HandlerStatusProps) {
  const messages = usePartMessages();
  const part = usePart('status', className, pending ? 'pending' : 'idle');
  return (
    <p role="status" style={visuallyHidden} {...part}>
      {pending ? (children ?? messages.t('status.pending')) : null}
    </p>
  );
}
