import type { ReactNode } from 'react';
import { getErrorMessage } from './errorMessage';
import { usePartMessages } from './partMessages';
import { usePart } from './parts';

/** Props of {@link HandlerError}. */
export interface HandlerErrorProps {
  /** What the handler threw or rejected with. */
  error: unknown;
  /** Whether to show it; defaults to `error !== undefined` (pass the status for handlers that reject with nothing). */
  failed?: boolean;
  /** Replaces the text (the error's message, else the catalogue's `status.error`). */
  children?: ReactNode;
  className?: string;
}

/** The error of a failed handler, announced at once (`role="alert"`), as text only. */
export function HandlerError({ error, failed = error !== undefined, children, className }: HandlerErrorProps) {
  const messages = usePartMessages();
  const part = usePart('error', className, 'error');
  if (!failed) return null;
  return (
    <p role="alert" {...part}>
      {children ?? getErrorMessage(error) ?? messages.t('status.error')}
    </p>
  );
}
