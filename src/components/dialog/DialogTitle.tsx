import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import { useDialogContext } from './dialogContext';

/** Props of {@link DialogTitle}. */
export type DialogTitleProps = Omit<ComponentPropsWithoutRef<'h2'>, 'id'>;

/** The dialog's heading; while mounted, its id labels the dialog (`aria-labelledby`). The ref is the `<h2>`. */
export const DialogTitle = forwardRef<HTMLHeadingElement, DialogTitleProps>(function DialogTitle({ className, ...props }, ref) {
  const { titleId, registerTitle } = useDialogContext('DialogTitle');
  useIsomorphicLayoutEffect(registerTitle, [registerTitle]);
  return <h2 {...props} {...usePart('title', className)} ref={ref} id={titleId} />;
});
