import { forwardRef, type HTMLAttributes, type Ref } from 'react';
import type { ThemeTokens } from '../../theme/tokens';
import { DialogRoot } from './DialogRoot';
import { PanelRoot } from './PanelRoot';
import type { PromptStateOptions } from './usePromptState';

/** How a prompt is shown: a modal dialog, in the page's flow, or as a banner. */
export type PromptVariant = 'modal' | 'inline' | 'banner';

/** Props of {@link PromptRoot}. */
export interface PromptRootProps extends HTMLAttributes<HTMLElement>, PromptStateOptions {
  variant?: PromptVariant;
  theme?: ThemeTokens;
  unstyled?: boolean;
}

/** `DialogRoot` for the `modal` variant (the default), `PanelRoot` for `inline` and `banner`; the ref is their element. */
export const PromptRoot = forwardRef<HTMLElement, PromptRootProps>(function PromptRoot({ variant = 'modal', ...props }, ref) {
  return variant === 'modal' ? (
    // A <dialog> is an HTMLElement: the app's ref receives whichever element renders.
    <DialogRoot {...props} ref={ref as Ref<HTMLDialogElement>} />
  ) : (
    <PanelRoot variant={variant} {...props} ref={ref} />
  );
});
