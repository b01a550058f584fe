import type { ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';
import { useDialogContext } from './dialogContext';

/** Props of {@link DialogTitle}. */
export type DialogTitleProps = Omit<ComponentPropsWithoutRef<'h2'>, 'id'>;

/** The dialog's heading; its id labels the dialog (`aria-labelledby`). */
export function DialogTitle({ className, ...props }: DialogTitleProps) {
  const { titleId } = useDialogContext('DialogTitle');
  return <h2 {...props} {...usePart('title', className)} id={titleId} />;
}
