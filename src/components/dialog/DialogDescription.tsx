import type { ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import { useDialogContext } from './dialogContext';

/** Props of {@link DialogDescription}. */
export type DialogDescriptionProps = Omit<ComponentPropsWithoutRef<'p'>, 'id'>;

/** What the dialog is about and what to do; describes the dialog (`aria-describedby`) while mounted. */
export function DialogDescription({ className, ...props }: DialogDescriptionProps) {
  const { descriptionId, registerDescription } = useDialogContext('DialogDescription');
  useIsomorphicLayoutEffect(registerDescription, [registerDescription]);
  return <p {...props} {...usePart('description', className)} id={descriptionId} />;
}
