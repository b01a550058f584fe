import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { ThemeTokens } from '../../theme/tokens';
import { useThemeRoot } from '../../theme/useThemeRoot';
import { PartsProvider, usePart, useUnstyled } from '../shared/parts';
import { DialogContext } from './dialogContext';
import { usePromptState, type PromptStateOptions } from './usePromptState';

/** How a non-modal prompt sits in the page. */
export type PanelVariant = 'inline' | 'banner';

/** Props of {@link PanelRoot}. */
export interface PanelRootProps extends Omit<ComponentPropsWithoutRef<'section'>, 'open'>, PromptStateOptions {
  variant?: PanelVariant;
  theme?: ThemeTokens;
  unstyled?: boolean;
}

/**
 * A prompt in the flow of the page (`inline`) or stuck to the top of its container (`banner`):
 * a `<section>` labelled by its `DialogTitle` while one is mounted, so it is a landmark region.
 * Takes the same parts as `DialogRoot`; `DialogClose` hides it. Renders nothing while closed.
 * The ref is the `<section>`.
 */
export const PanelRoot = forwardRef<HTMLElement, PanelRootProps>(function PanelRoot(props, ref) {
  const { open, defaultOpen, onOpenChange, dismissible, variant = 'inline', theme, unstyled, className, children, ...rest } =
    props;
  const { isOpen, context, isTitled, isDescribed } = usePromptState({ open, defaultOpen, onOpenChange, dismissible });
  const themeRoot = useThemeRoot({ theme, unstyled: useUnstyled(unstyled) });
  const part = usePart('panel', className, 'open', themeRoot.unstyled);
  if (!isOpen) return null;
  return (
    <>
      {themeRoot.style}
      <section
        {...themeRoot.attributes}
        aria-labelledby={isTitled ? context.titleId : undefined}
        aria-describedby={isDescribed ? context.descriptionId : undefined}
        {...rest}
        {...part}
        ref={ref}
        data-variant={variant}
      >
        <PartsProvider unstyled={themeRoot.unstyled}>
          <DialogContext.Provider value={context}>{children}</DialogContext.Provider>
        </PartsProvider>
      </section>
    </>
  );
});
