import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePartMessages } from './partMessages';
import { usePart } from './parts';
import { visuallyHidden } from './visuallyHidden';

/** Props of {@link HandlerStatus}. */
export interface HandlerStatusProps extends Omit<ComponentPropsWithoutRef<'p'>, 'role'> {
  pending: boolean;
}

/**
 * A polite live region, present from the start, that tells screen readers a handler is running;
 * `children` replace the catalogue's `status.pending`. The ref is the `<p>`.
 */
export const HandlerStatus = forwardRef<HTMLParagraphElement, HandlerStatusProps>(function HandlerStatus(
  { pending, children, className, style, ...props },
  ref,
) {
  const messages = usePartMessages();
  const part = usePart('status', className, pending ? 'pending' : 'idle');
  return (
    <p {...props} role="status" style={{ ...style, ...visuallyHidden }} {...part} ref={ref}>
      {pending ? (children ?? messages.t('status.pending')) : null}
    </p>
  );
});
