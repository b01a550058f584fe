import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { getErrorMessage } from './errorMessage';
import { usePartMessages } from './partMessages';
import { usePart } from './parts';

/** Props of {@link HandlerError}. */
export interface HandlerErrorProps extends Omit<ComponentPropsWithoutRef<'p'>, 'role'> {
  /** What the handler threw or rejected with. */
  error: unknown;
  /** Whether to show it; defaults to `error !== undefined` (pass the status for handlers that reject with nothing). */
  failed?: boolean;
}

/**
 * The error of a failed handler, announced at once (`role="alert"`), as text only; `children`
 * replace the text (the error's message, else the catalogue's `status.error`). The ref is the `<p>`.
 */
export const HandlerError = forwardRef<HTMLParagraphElement, HandlerErrorProps>(function HandlerError(
  { error, failed = error !== undefined, children, className, ...props },
  ref,
) {
  const messages = usePartMessages();
  const part = usePart('error', className, 'error');
  if (!failed) return null;
  return (
    <p {...props} role="alert" {...part} ref={ref}>
      {children ?? getErrorMessage(error) ?? messages.t('status.error')}
    </p>
  );
});
