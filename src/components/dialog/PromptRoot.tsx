import type { HTMLAttributes } from 'react';
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

/** `DialogRoot` for the `modal` variant (the default), `PanelRoot` for `inline` and `banner`. */
export function PromptRoot({ variant = 'modal', ...props }: PromptRootProps) {
  return variant === 'modal' ? <DialogRoot {...props} /> : <PanelRoot variant={variant} {...props} />;
}
