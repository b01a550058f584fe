import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import { useDialogContext } from './dialogContext';

/** Props of {@link DialogDescription}. */
export type DialogDescriptionProps = Omit<ComponentPropsWithoutRef<'p'>, 'id'>;

/** What the dialog is about and what to do; describes the dialog (`aria-describedby`) while mounted. The ref is the `<p>`. */
export const DialogDescription = forwardRef<HTMLParagraphElement, DialogDescriptionProps>(function DialogDescription(
  { className, ...props },
  ref,
) {
  const { descriptionId, registerDescription } = useDialogContext('DialogDescription');
  useIsomorphicLayoutEffect(registerDescription, [registerDescription]);
  return <p {...props} {...usePart('description', className)} ref={ref} id={descriptionId} />;
});
