import type { MessagesContext } from '../../messages/useMessages';
import type { PromptStateOptions } from '../dialog/usePromptState';
import type { MessageOverrides } from '../../messages/catalog';
import type { ThemeTokens } from '../../theme/tokens';
import type { PartClassNames } from './parts';

/** Look-and-language props every prebuilt component takes; they win over the provider's. */
export interface PresentationProps<Part extends string> {
  /** BCP 47 locale for messages and `Intl` formatting. */
  locale?: string;
  /** Per-key overrides of the message catalogue. */
  messages?: MessageOverrides;
  /** Partial theme tokens for this component. */
  theme?: ThemeTokens;
  /** Drop the library's class names so none of `styles.css` applies. */
  unstyled?: boolean;
  /** Text direction; by default from an explicit `locale`, else inherited from the page. */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** Class name of the root. */
  className?: string;
  /** Class names per part. */
  classNames?: PartClassNames<Part>;
}

/**
 * The root props every prebuilt component derives the same way from its own props: open state,
 * theme, class name, and `dir`/`lang` when the app chose the locale.
 */
export function presentationRootProps(
  props: PresentationProps<string> & PromptStateOptions,
  onOpenChange: ((open: boolean) => void) | undefined,
  language: Pick<MessagesContext, 'isExplicit' | 'locale' | 'direction'>,
  pending: boolean,
) {
  return {
    open: props.open,
    defaultOpen: props.defaultOpen,
    onOpenChange,
    dismissible: props.dismissible,
    theme: props.theme,
    unstyled: props.unstyled,
    className: props.className,
    dir: props.dir ?? (language.isExplicit ? language.direction : undefined),
    lang: language.isExplicit ? language.locale : undefined,
    'aria-busy': pending || undefined,
  };
}
