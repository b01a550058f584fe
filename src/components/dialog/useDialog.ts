import { useCallback, useRef, type RefObject, type SyntheticEvent } from 'react';
import { isDevelopment } from '../shared/environment';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import type { DialogContextValue } from './dialogContext';
import { lockDocumentScroll } from './scrollLock';
import { usePromptState, type PromptStateOptions } from './usePromptState';

/** Options of {@link useDialog}. */
export interface UseDialogOptions extends PromptStateOptions {
  /** The app's `cancel` handler (Escape); it runs first and may `preventDefault()` the close. */
  onCancel?: (event: SyntheticEvent<HTMLDialogElement>) => void;
  /** The app labels the dialog itself (`aria-label` / `aria-labelledby`): no title is expected. */
  hasOwnLabel?: boolean;
}

/** Props for the `<dialog>` element. */
export interface DialogElementProps {
  ref: RefObject<HTMLDialogElement | null>;
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
  onClose: (event: SyntheticEvent<HTMLDialogElement>) => void;
  closedby: 'any' | 'none';
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
}

/** Behaviour of a modal dialog: open state, element props and the parts' context. */
export interface DialogBehaviour {
  isOpen: boolean;
  setOpen: (open: boolean) => void;
  dialogProps: DialogElementProps;
  context: DialogContextValue;
}

/** The element carrying `data-rpr-autofocus` gets focus when a dialog opens (React's `autoFocus` runs too early). */
export const INITIAL_FOCUS_ATTRIBUTE = 'data-rpr-autofocus';

function show(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  // Without showModal (jsdom, very old browsers) the dialog is at least shown.
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function hide(dialog: HTMLDialogElement): void {
  if (!dialog.open) return;
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * A modal dialog on the platform's `<dialog>`: `showModal()` (top layer, inert page, Escape,
 * Tab kept inside) in a layout effect, plus what it lacks: focus on the element marked
 * `data-rpr-autofocus`, focus returned on close or unmount, the page's scroll locked, Escape
 * and light dismiss routed through `onOpenChange` (refused when not dismissible), and a
 * development warning when the dialog has no title. Renders nothing on the server.
 */
export function useDialog(options: UseDialogOptions): DialogBehaviour {
  const { onCancel, hasOwnLabel = false } = options;
  const { isOpen, setOpen, context, isTitled, isDescribed } = usePromptState(options);
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const latest = useRef({ isOpen, dismissible: context.dismissible, onCancel });
  useIsomorphicLayoutEffect(() => {
    latest.current = { isOpen, dismissible: context.dismissible, onCancel };
  });

  useIsomorphicLayoutEffect(() => {
    const dialog = ref.current;
    if (!isOpen || !dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    returnFocusTo.current = previouslyFocused;
    show(dialog);
    dialog.querySelector<HTMLElement>(`[${INITIAL_FOCUS_ATTRIBUTE}]`)?.focus();
    const unlockScroll = lockDocumentScroll();
    if (isDevelopment() && !hasOwnLabel && !dialog.querySelector(`[id="${context.titleId}"]`)) {
      console.warn(
        '[react-payment-required] A dialog has no title: render `DialogTitle` inside `DialogRoot`, or give the root an `aria-label`, so screen readers can name it.',
      );
    }
    return () => {
      unlockScroll();
      hide(dialog);
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
    // Runs once per opening; the label check only matters then.
  }, [isOpen]);

  // A closed dialog may stay mounted while it animates out; React then puts focus back on the
  // element inside it that had it before the commit, after the cleanup above moved it out.
  useIsomorphicLayoutEffect(() => {
    const dialog = ref.current;
    const focused = document.activeElement;
    if (isOpen || !dialog || !(focused instanceof HTMLElement) || !dialog.contains(focused)) return;
    const opener = returnFocusTo.current;
    if (opener?.isConnected) opener.focus();
    else focused.blur();
  }, [isOpen]);

  const handleCancel = useCallback(
    (event: SyntheticEvent<HTMLDialogElement>) => {
      latest.current.onCancel?.(event);
      // Without user activation since the last close request, browsers make `cancel` not cancelable
      // and close anyway: `onClose` below then updates the state.
      if (!event.cancelable) return;
      const preventedByApp = event.defaultPrevented;
      // The state decides: the dialog closes when `open` turns false, never by itself.
      event.preventDefault();
      if (!preventedByApp) context.requestClose();
    },
    [context],
  );

  // Some browsers close anyway when Escape is pressed twice without user activation in between.
  const handleClose = useCallback(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open || !latest.current.isOpen) return;
    if (latest.current.dismissible) setOpen(false);
    else show(dialog);
  }, [setOpen]);

  return {
    isOpen,
    setOpen,
    context,
    dialogProps: {
      ref,
      onCancel: handleCancel,
      onClose: handleClose,
      closedby: context.dismissible ? 'any' : 'none',
      'aria-labelledby': hasOwnLabel || !isTitled ? undefined : context.titleId,
      'aria-describedby': isDescribed ? context.descriptionId : undefined,
    },
  };
}
