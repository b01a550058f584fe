import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePart } from './parts';

/** Props of {@link ServerMessage}. */
export type ServerMessageProps = ComponentPropsWithoutRef<'p'>;

/** The server's own words about the problem, shown as plain text (never as HTML). The ref is the `<p>`. */
export const ServerMessage = forwardRef<HTMLParagraphElement, ServerMessageProps>(function ServerMessage({ className, ...props }, ref) {
  return <p {...props} {...usePart('message', className)} ref={ref} />;
});
