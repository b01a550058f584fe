import { createElement, useEffect, useMemo, type ReactElement } from 'react';
import { usePaymentRequiredConfig } from '../presentation/context';
import type { ResolvedColorScheme } from './colorScheme';
import { warnIfStylesheetMissing } from './stylesheetCheck';
import { createThemeStyle } from './themeStyle';
import { useColorScheme } from './useColorScheme';
import type { ThemeTokens } from './tokens';

/** Options of {@link useThemeRoot}: a component's own props, which win over the provider's. */
export interface ThemeRootOptions {
  theme?: ThemeTokens;
  unstyled?: boolean;
}

/** Attributes that make an element a theme root. */
export interface ThemeRootAttributes {
  'data-rpr-root'?: '';
  /** The colour set in use, resolved from `theme.colorScheme`, the OS and the page. */
  'data-theme'?: ResolvedColorScheme;
  'data-rpr-theme'?: string;
}

/** What a component root needs to carry the theme. */
export interface ThemeRoot {
  /** Spread on the root element. Empty when unstyled. */
  attributes: ThemeRootAttributes;
  /** The `<style>` with the theme's tokens, to render beside the root; `null` without a theme. */
  style: ReactElement | null;
  unstyled: boolean;
}

/**
 * Makes an element a theme root: `data-rpr-root` (which the stylesheet scopes every token and
 * part to), `data-theme` with the resolved colour set (`light` or `dark`), and the partial theme
 * as a scoped `<style>` (no inline style objects). Unstyled roots get nothing, so no library
 * style applies.
 */
export function useThemeRoot(options: ThemeRootOptions = {}): ThemeRoot {
  const config = usePaymentRequiredConfig();
  const unstyled = options.unstyled ?? config?.unstyled ?? false;
  const providerTheme = config?.theme;
  const ownTheme = options.theme;
  const colorScheme = useColorScheme(ownTheme?.colorScheme ?? providerTheme?.colorScheme);
  useEffect(() => {
    if (unstyled) return;
    // Written out at the call so production builds fold it away with its text; unbundled there
    // is no `process`, and nothing is said (see serverLink in core/links.ts).
    try {
      if (process.env.NODE_ENV !== 'production') warnIfStylesheetMissing(document);
    } catch {
      // no bundler, no development warnings
    }
  }, [unstyled]);
  return useMemo(() => {
    if (unstyled) return { attributes: {}, style: null, unstyled };
    const theme = providerTheme && ownTheme ? { ...providerTheme, ...ownTheme } : (ownTheme ?? providerTheme);
    const themeStyle = createThemeStyle(theme);
    return {
      unstyled,
      attributes: {
        'data-rpr-root': '',
        'data-theme': colorScheme,
        'data-rpr-theme': themeStyle?.id,
      },
      // React 19 hoists a `<style href precedence>` into <head> once per href; React 18 renders it in place.
      style: themeStyle
        ? createElement('style', { href: `rpr-theme-${themeStyle.id}`, precedence: 'rpr' }, themeStyle.css)
        : null,
    };
  }, [unstyled, providerTheme, ownTheme, colorScheme]);
}
