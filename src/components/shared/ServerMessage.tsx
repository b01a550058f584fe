import type { ComponentPropsWithoutRef } from 'react';
import { usePart } from './parts';

/** Props of {@link ServerMessage}. */
export type ServerMessageProps = ComponentPropsWithoutRef<'p'>;

/** The server's own words about the problem, shown as plain text (never as HTML). */
export function ServerMessage({ className, ...props }: ServerMessageProps) {
  return <p {...props} {...usePart('message', className)} />;
}
