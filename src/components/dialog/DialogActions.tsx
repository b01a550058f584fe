import type { ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';

/** Props of {@link DialogActions}. */
export type DialogActionsProps = ComponentPropsWithoutRef<'div'>;

/** The row of buttons at the end of a dialog or prompt, primary first in tab order. */
export function DialogActions({ className, ...props }: DialogActionsProps) {
  return <div {...props} {...usePart('actions', className)} />;
}
