import { useContext, useRef, useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import { DialogExitContext } from './exitContext';

/** Longest an exit may keep a closed dialog mounted, should its animations never report an end. */
export const EXIT_FALLBACK_MS = 1000;

/**
 * Keeps a dialog's element mounted while the exit motion its closing started still runs (the
 * stylesheet's transitions on a closed `<dialog>`), then lets it go. The dialog is already closed
 * and inert by then: focus, the page and `onOpenChange` never wait. Without running animations
 * (reduced motion, unstyled, browsers without discrete transitions, jsdom) it goes at once.
 * Returns whether the element should render; a `DialogExitContext` above is told when it stops.
 */
export function useExitTransition(isOpen: boolean, ref: RefObject<HTMLElement | null>): boolean {
  const [isExiting, setExiting] = useState(false);
  const [wasOpen, setWasOpen] = useState(isOpen);
  // Derived during render, so the closing render still has the element to animate.
  if (wasOpen !== isOpen) {
    setWasOpen(isOpen);
    setExiting(!isOpen);
  }

  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.inert = isExiting;
    if (!isExiting) return;
    // Own animations only: a spinner inside would never finish.
    const running = typeof element.getAnimations === 'function' ? element.getAnimations() : [];
    if (running.length === 0) {
      setExiting(false);
      return;
    }
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      setExiting(false);
    };
    const fallback = setTimeout(finish, EXIT_FALLBACK_MS);
    void Promise.allSettled(running.map((animation) => animation.finished)).then(finish);
    return () => {
      settled = true;
      clearTimeout(fallback);
    };
  }, [isExiting]);

  const isRendered = isOpen || isExiting;
  const onExited = useContext(DialogExitContext);
  const wasRendered = useRef(isRendered);
  useIsomorphicLayoutEffect(() => {
    if (wasRendered.current && !isRendered) onExited?.();
    wasRendered.current = isRendered;
  }, [isRendered, onExited]);
  return isRendered;
}
