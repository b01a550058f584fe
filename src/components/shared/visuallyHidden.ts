import type { CSSProperties } from 'react';

/**
 * Hides text from sight but not from screen readers. Inline on purpose: it is behaviour, not
 * theme, and must hold even when the app turns the library's styles off.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  inlineSize: 1,
  blockSize: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};
