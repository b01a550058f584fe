import type { ComponentPropsWithoutRef } from 'react';
import type { ThemeTokens } from '../../theme/tokens';
import { useThemeRoot } from '../../theme/useThemeRoot';
import { PartsProvider, usePart, useUnstyled } from '../shared/parts';
import { DialogContext } from './dialogContext';
import { useDialog, type UseDialogOptions } from './useDialog';

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
 * `DialogDescription`. Controlled with `open` / `onOpenChange`, or uncontrolled (`defaultOpen`,
 * open by default). Renders nothing while closed.
 */
export function DialogRoot(props: DialogRootProps) {
  const { open, defaultOpen, onOpenChange, dismissible, onCancel, theme, unstyled, className, children, ...rest } = props;
  const hasOwnLabel = rest['aria-label'] !== undefined || rest['aria-labelledby'] !== undefined;
  const dialog = useDialog({ open, defaultOpen, onOpenChange, dismissible, onCancel, hasOwnLabel });
  const themeRoot = useThemeRoot({ theme, unstyled: useUnstyled(unstyled) });
  const part = usePart('dialog', className, 'open', themeRoot.unstyled);
  if (!dialog.isOpen) return null;
  return (
    <>
      {themeRoot.style}
      <dialog {...themeRoot.attributes} {...dialog.dialogProps} {...rest} {...part}>
        <PartsProvider unstyled={themeRoot.unstyled}>
          <DialogContext.Provider value={dialog.context}>{children}</DialogContext.Provider>
        </PartsProvider>
      </dialog>
    </>
  );
}
