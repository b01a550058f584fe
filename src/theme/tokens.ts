/** Colour tokens: each has a light and a dark value. */
export interface ColorTokenValues {
  /** Background of dialogs, panels and banners. */
  colorSurface: string;
  /** Background of cards, badges and the meter track. */
  colorSurfaceMuted: string;
  /** Body text. */
  colorText: string;
  /** Secondary text (descriptions, labels). */
  colorTextMuted: string;
  colorBorder: string;
  /** Primary buttons, the selected plan, the meter. */
  colorPrimary: string;
  /** Text on `colorPrimary`. */
  colorPrimaryText: string;
  /** Error text and an exhausted meter. */
  colorDanger: string;
  /** Background of error messages. */
  colorDangerSurface: string;
  /** Focus ring. */
  colorFocus: string;
  /** Dimmed page behind a modal. */
  colorBackdrop: string;
}

/** Tokens shared by both colour schemes. */
export interface BaseTokenValues {
  radius: string;
  radiusSmall: string;
  fontFamily: string;
  fontSize: string;
  fontSizeSmall: string;
  fontSizeTitle: string;
  fontWeightTitle: string;
  lineHeight: string;
  space: string;
  spaceSmall: string;
  spaceLarge: string;
  shadow: string;
  /** Stacking order of the sticky banner (dialogs use the top layer). */
  zIndex: string;
  /** Widest a dialog gets. */
  dialogWidth: string;
  motionDuration: string;
  motionEasing: string;
}

/** Every token with a value: what the stylesheet declares as `--rpr-*` custom properties. */
export interface ThemeTokenValues extends ColorTokenValues, BaseTokenValues {}

/** Name of a theme token (camelCase; `colorPrimary` is `--rpr-color-primary` in CSS). */
export type ThemeTokenName = keyof ThemeTokenValues;

/** Which colour set to use: `system` follows `prefers-color-scheme`. */
export type ColorScheme = 'light' | 'dark' | 'system';

/** A partial theme for the `theme` prop: any tokens, plus the colour scheme. */
export interface ThemeTokens extends Partial<ThemeTokenValues> {
  colorScheme?: ColorScheme;
}

/** Default colours of the light scheme. */
export const lightColorTokens: Readonly<ColorTokenValues> = {
  colorSurface: '#ffffff',
  colorSurfaceMuted: '#f4f4f5',
  colorText: '#18181b',
  colorTextMuted: '#52525b',
  colorBorder: '#d4d4d8',
  colorPrimary: '#4f46e5',
  colorPrimaryText: '#ffffff',
  colorDanger: '#b91c1c',
  colorDangerSurface: '#fef2f2',
  colorFocus: '#4f46e5',
  colorBackdrop: '#18181b99',
};

/** Default colours of the dark scheme. */
export const darkColorTokens: Readonly<ColorTokenValues> = {
  colorSurface: '#18181b',
  colorSurfaceMuted: '#27272a',
  colorText: '#fafafa',
  colorTextMuted: '#a1a1aa',
  colorBorder: '#3f3f46',
  colorPrimary: '#a5b4fc',
  colorPrimaryText: '#1e1b4b',
  colorDanger: '#fca5a5',
  colorDangerSurface: '#450a0a',
  colorFocus: '#a5b4fc',
  colorBackdrop: '#000000b3',
};

/** Default values of the scheme-independent tokens. */
export const baseTokens: Readonly<BaseTokenValues> = {
  radius: '12px',
  radiusSmall: '8px',
  fontFamily: 'system-ui,sans-serif',
  fontSize: '15px',
  fontSizeSmall: '13px',
  fontSizeTitle: '18px',
  fontWeightTitle: '600',
  lineHeight: '1.5',
  space: '16px',
  spaceSmall: '8px',
  spaceLarge: '24px',
  shadow: '0 16px 48px #0003',
  zIndex: '1000',
  dialogWidth: '30rem',
  motionDuration: '150ms',
  motionEasing: 'cubic-bezier(.2,0,0,1)',
};

/** The full default token set of each scheme, as `styles.css` declares it. */
export const defaultThemeTokens: Readonly<Record<'light' | 'dark', Readonly<ThemeTokenValues>>> = {
  light: { ...lightColorTokens, ...baseTokens },
  dark: { ...darkColorTokens, ...baseTokens },
};

/** The CSS custom property of a token: `colorPrimary` → `--rpr-color-primary`. */
export function themeTokenVariable(name: ThemeTokenName): string {
  return `--rpr-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
