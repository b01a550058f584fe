import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';

/** Props of {@link DialogActions}. */
export type DialogActionsProps = ComponentPropsWithoutRef<'div'>;

/** The row of buttons at the end of a dialog or prompt, primary first in tab order. The ref is the `<div>`. */
export const DialogActions = forwardRef<HTMLDivElement, DialogActionsProps>(function DialogActions({ className, ...props }, ref) {
  return <div {...props} {...usePart('actions', className)} ref={ref} />;
});
