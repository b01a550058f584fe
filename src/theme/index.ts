export {
  defaultThemeTokens,
  themeTokenVariable,
  type ThemeTokens,
  type ThemeTokenValues,
  type ThemeTokenName,
  type ColorTokenValues,
  type BaseTokenValues,
  type ColorScheme,
} from './tokens';
export { useThemeRoot, type ThemeRoot, type ThemeRootOptions, type ThemeRootAttributes } from './useThemeRoot';
export { toStripeAppearance, type StripeAppearance, type StripeAppearanceOptions, type StripeAppearanceVariables } from './stripeAppearance';
