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
  /** Whether a title is mounted (only then is `aria-labelledby` set). */
  isTitled: boolean;
  /** Whether a description is mounted (only then is `aria-describedby` set). */
  isDescribed: boolean;
}

/** A count of mounted parts of one kind, and the function a part calls to be counted while mounted. */
function useMountedCount(): [number, () => () => void] {
  const [count, setCount] = useState(0);
  const register = useCallback(() => {
    setCount((current) => current + 1);
    return () => setCount((current) => current - 1);
  }, []);
  return [count, register];
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

  // An `aria-labelledby` or `aria-describedby` naming an id that is not in the page is an error
  // for assistive technology: the parts say when they are mounted.
  const [titles, registerTitle] = useMountedCount();
  const [descriptions, registerDescription] = useMountedCount();

  const id = useId();
  const context = useMemo<DialogContextValue>(
    () => ({ titleId: `${id}-title`, descriptionId: `${id}-description`, registerTitle, registerDescription, requestClose, dismissible }),
    [id, registerTitle, registerDescription, requestClose, dismissible],
  );
  return { isOpen, setOpen, context, isTitled: titles > 0, isDescribed: descriptions > 0 };
}
