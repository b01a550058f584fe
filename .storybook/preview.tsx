import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/theme/styles.css';
import './preview.css';
import { arabicMessages } from '../stories/support/arabic';

/** Colour schemes of the toolbar; `system` follows the OS like the library's `colorScheme: 'system'`. */
type Scheme = 'light' | 'dark' | 'system';

/**
 * Applies the toolbar's colour scheme and locale. The scheme goes on the story root and on
 * <html> as `data-theme` (for the canvas and the demo app's own CSS) and, with the locale, into
 * the story's `theme` / `locale` args, which the components, the provider and the demo read.
 * A story that sets `theme.colorScheme` or `locale` itself keeps it; one with
 * `parameters.asShipped` is left alone.
 */
const withSchemeAndLocale: Decorator = (Story, context) => {
  // "As shipped" stories render with the provider's defaults: no scheme is forced, so the
  // components choose it from the page (light here) exactly as in an app.
  if (context.parameters.asShipped) {
    if (typeof document !== 'undefined' && context.viewMode !== 'docs') delete document.documentElement.dataset.theme;
    return Story();
  }
  const scheme = (context.globals.theme ?? 'light') as Scheme;
  const locale = (context.globals.locale ?? 'en') as string;
  const ownTheme = (context.args.theme ?? {}) as { colorScheme?: Scheme };
  const colorScheme = ownTheme.colorScheme ?? scheme;
  if (typeof document !== 'undefined' && context.viewMode !== 'docs') {
    document.documentElement.dataset.theme = colorScheme;
  }
  // Arabic (right to left) is not shipped: the stories' own partial catalogue stands in, English fills the rest.
  const ownLocale = context.args.locale as string | undefined;
  const messages = context.args.messages ?? (locale === 'ar' && !ownLocale ? arabicMessages : undefined);
  const args = { ...context.args, theme: { ...ownTheme, colorScheme }, locale: ownLocale ?? locale, messages };
  return (
    <div className="sb-rpr-root" data-theme={colorScheme}>
      {Story({ args })}
    </div>
  );
};

const preview: Preview = {
  decorators: [withSchemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the components',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'System', icon: 'browser' },
        ],
      },
    },
    locale: {
      description: 'Locale of messages and Intl formatting',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'ar', title: 'العربية (right to left)', right: 'ar' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    // Every story is an accessibility test: any axe violation fails it (in Vitest and in the UI).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'centered',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Demo',
          'Components',
          ['UpdatePaymentModal', 'PlanUpgradePrompt', 'QuotaCountdown', 'MicropaymentPrompt', 'PaymentRequiredHost', 'Dialog parts'],
          'Theming',
          ['Overview', 'Tokens'],
        ],
      },
    },
  },
};

export default preview;
