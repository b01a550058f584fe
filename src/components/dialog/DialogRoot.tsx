import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { ThemeTokens } from '../../theme/tokens';
import { useThemeRoot } from '../../theme/useThemeRoot';
import { composeEventHandlers } from '../shared/composeEventHandlers';
import { PartsProvider, usePart, useUnstyled } from '../shared/parts';
import { useComposedRefs } from '../shared/useComposedRefs';
import { DialogContext } from './dialogContext';
import { useDialog, type UseDialogOptions } from './useDialog';
import { useExitTransition } from './useExitTransition';

/** Props of {@link DialogRoot}. */
export interface DialogRootProps
  extends Omit<ComponentPropsWithoutRef<'dialog'>, 'open' | 'onCancel' | 'closedby'>,
    Omit<UseDialogOptions, 'hasOwnLabel'> {
  /** Partial theme tokens for this dialog (over the provider's). */
  theme?: ThemeTokens;
  /** Drop the library's styles (over the provider's setting). */
  unstyled?: boolean;
}

/**
 * A modal dialog (`<dialog>` + `showModal()`), labelled by its `DialogTitle` and described by its
 * `DialogDescription` while they are mounted. Controlled with `open` / `onOpenChange`, or
 * uncontrolled (`defaultOpen`, open by default). Renders nothing while closed, once the
 * stylesheet's exit motion (if any) has played on the already closed, inert element. The ref is the
 * `<dialog>`; the app's `onCancel` and `onClose` run before the dialog's own handling and may
 * `preventDefault()` it.
 */
export const DialogRoot = forwardRef<HTMLDialogElement, DialogRootProps>(function DialogRoot(props, forwardedRef) {
  const { open, defaultOpen, onOpenChange, dismissible, onCancel, onClose, theme, unstyled, className, children, ...rest } = props;
  const hasOwnLabel = rest['aria-label'] !== undefined || rest['aria-labelledby'] !== undefined;
  const dialog = useDialog({ open, defaultOpen, onOpenChange, dismissible, onCancel, hasOwnLabel });
  const themeRoot = useThemeRoot({ theme, unstyled: useUnstyled(unstyled) });
  const part = usePart('dialog', className, 'open', themeRoot.unstyled);
  const ref = useComposedRefs(dialog.dialogProps.ref, forwardedRef);
  const isRendered = useExitTransition(dialog.isOpen, dialog.dialogProps.ref);
  if (!isRendered) return null;
  return (
    <>
      {themeRoot.style}
      <dialog
        {...themeRoot.attributes}
        {...dialog.dialogProps}
        {...rest}
        {...part}
        ref={ref}
        onClose={composeEventHandlers(onClose, dialog.dialogProps.onClose)}
      >
        <PartsProvider unstyled={themeRoot.unstyled}>
          <DialogContext.Provider value={dialog.context}>{children}</DialogContext.Provider>
        </PartsProvider>
      </dialog>
    </>
  );
});
