import { forwardRef, type MouseEvent } from 'react';
import { ActionButton, type ActionButtonProps } from '../shared/ActionButton';
import { composeEventHandlers } from '../shared/composeEventHandlers';
import { useDialogContext } from './dialogContext';

/** Props of {@link DialogClose}. */
export type DialogCloseProps = Omit<ActionButtonProps, 'action'> & { action?: string };

/**
 * Closes the dialog or prompt ("Not now"). The app's `onClick` runs first and may
 * `preventDefault()` the close. Disabled while the prompt cannot be dismissed. The ref is the `<button>`.
 */
export const DialogClose = forwardRef<HTMLButtonElement, DialogCloseProps>(function DialogClose(
  { onClick, action = 'close', disabled, ...props },
  ref,
) {
  const { requestClose, dismissible } = useDialogContext('DialogClose');
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => requestClose());
  return <ActionButton {...props} ref={ref} action={action} disabled={disabled || !dismissible} onClick={handleClick} />;
});
