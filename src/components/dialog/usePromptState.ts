import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import type { DialogContextValue } from './dialogContext';

/** Open state options shared by dialogs and inline prompts (Radix-style controllable state). */
export interface PromptStateOptions {
  /** Controlled open state. */
  open?: boolean;
  /** Initial open state when uncontrolled. Default `true`: rendering a prompt shows it. */
  defaultOpen?: boolean;
  /** Called when the user asks to open or close (Escape, "Not now", backdrop). */
  onOpenChange?: (open: boolean) => void;
  /** Whether the user may close it. Default `true`. */
  dismissible?: boolean;
}

/** The open state and the parts' context of a dialog or inline prompt. */
export interface PromptState {
  isOpen: boolean;
  /** Sets the state (uncontrolled) and reports it through `onOpenChange`. */
  setOpen: (open: boolean) => void;
  context: DialogContextValue;
  /** Whether a description is mounted (only then is `aria-describedby` set). */
  isDescribed: boolean;
}

/** Controllable open state plus title and description ids; the base of `useDialog` and `PanelRoot`. */
export function usePromptState(options: PromptStateOptions): PromptState {
  const { open, defaultOpen = true, onOpenChange, dismissible = true } = options;
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const isControlled = open !== undefined;
  const isOpen = isControlled ? open : uncontrolledOpen;

  const latest = useRef({ isControlled, onOpenChange, dismissible });
  useIsomorphicLayoutEffect(() => {
    latest.current = { isControlled, onOpenChange, dismissible };
  });
  const setOpen = useCallback((next: boolean) => {
    if (!latest.current.isControlled) setUncontrolledOpen(next);
    latest.current.onOpenChange?.(next);
  }, []);
  const requestClose = useCallback(() => {
    if (latest.current.dismissible) setOpen(false);
  }, [setOpen]);

  const [descriptions, setDescriptions] = useState(0);
  const registerDescription = useCallback(() => {
    setDescriptions((count) => count + 1);
    return () => setDescriptions((count) => count - 1);
  }, []);

  const id = useId();
  const context = useMemo<DialogContextValue>(
    () => ({ titleId: `${id}-title`, descriptionId: `${id}-description`, registerDescription, requestClose, dismissible }),
    [id, registerDescription, requestClose, dismissible],
  );
  return { isOpen, setOpen, context, isDescribed: descriptions > 0 };
}
