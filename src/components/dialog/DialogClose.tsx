import type { MouseEvent } from 'react';
import { ActionButton, type ActionButtonProps } from '../shared/ActionButton';
import { useDialogContext } from './dialogContext';

/** Props of {@link DialogClose}. */
export type DialogCloseProps = Omit<ActionButtonProps, 'action'> & { action?: string };

/**
 * Closes the dialog or prompt ("Not now"). The app's `onClick` runs first and may
 * `preventDefault()` the close. Disabled while the prompt cannot be dismissed.
 */
export function DialogClose({ onClick, action = 'close', disabled, ...props }: DialogCloseProps) {
  const { requestClose, dismissible } = useDialogContext('DialogClose');
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) requestClose();
  };
  return <ActionButton {...props} action={action} disabled={disabled || !dismissible} onClick={handleClick} />;
}
