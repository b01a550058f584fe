let locks = 0;
let restore: (() => void) | undefined;

/**
 * Stops the page behind a modal from scrolling (the one thing `<dialog>` does not do).
 * Reference counted for stacked dialogs; the scrollbar's space is kept so nothing shifts.
 * Returns the function that releases this lock; the last release restores the page's styles.
 */
export function lockDocumentScroll(): () => void {
  if (locks++ === 0) {
    const { style, clientWidth } = document.documentElement;
    const { overflow, scrollbarGutter } = style;
    if (window.innerWidth > clientWidth) style.scrollbarGutter = 'stable';
    style.overflow = 'hidden';
    restore = () => {
      style.overflow = overflow;
      style.scrollbarGutter = scrollbarGutter;
    };
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--locks === 0) {
      restore?.();
      restore = undefined;
    }
  };
}
