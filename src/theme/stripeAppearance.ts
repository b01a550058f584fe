import { resolveColorScheme } from './colorScheme';
import { defaultThemeTokens, themeTokenVariable, type ColorScheme, type ThemeTokenName, type ThemeTokens, type ThemeTokenValues } from './tokens';

/**
 * The variables of Stripe Elements' Appearance API this helper sets (a subset of Stripe's
 * `Appearance['variables']`, typed here so the library does not depend on `@stripe/stripe-js`).
 */
export interface StripeAppearanceVariables {
  colorPrimary?: string;
  colorBackground?: string;
  colorText?: string;
  colorTextSecondary?: string;
  colorTextPlaceholder?: string;
  colorDanger?: string;
  colorIcon?: string;
  fontFamily?: string;
  fontSizeBase?: string;
  fontSizeSm?: string;
  fontLineHeight?: string;
  spacingUnit?: string;
  spacingGridRow?: string;
  borderRadius?: string;
  focusBoxShadow?: string;
  focusOutline?: string;
}

/** Stripe Elements' `appearance` option, structurally: pass it to `stripe.elements({ appearance })`. */
export interface StripeAppearance {
  theme: 'stripe' | 'night' | 'flat';
  variables: StripeAppearanceVariables;
  /** Per-component CSS (`.Input`, `.Tab`, `.Label`…), Stripe's `rules`. */
  rules?: Record<string, Record<string, string>>;
}

/** Options of {@link toStripeAppearance}. */
export interface StripeAppearanceOptions {
  /**
   * Read the `--rpr-*` custom properties as computed on this element (e.g. the dialog the
   * payment form sits in), so tokens set in plain CSS or by the `theme` prop are picked up.
   * Explicit tokens still win.
   */
  element?: Element | null;
  /** The scheme to resolve `light-dark()` with. Default: the tokens' `colorScheme`, else the element's, else light. */
  colorScheme?: ColorScheme;
  /** Stripe's base theme. Default `night` for the dark scheme, else `stripe`. */
  theme?: StripeAppearance['theme'];
  /** Add `rules` for inputs, tabs and labels so borders and focus match the modal. Default `true`. */
  rules?: boolean;
}

/**
 * Maps the library's theme tokens to Stripe Elements' Appearance API, so an embedded
 * PaymentElement matches the update-payment modal around it.
 *
 * Stripe renders in its own iframe and cannot read CSS variables, so every value is resolved
 * here: explicit `tokens` first, then the `--rpr-*` properties computed on `options.element`,
 * then the stylesheet's defaults; `light-dark(a, b)` is resolved for the colour scheme, and the
 * dark scheme picks Stripe's `night` theme. Call it again when the scheme or tokens change.
 */
export function toStripeAppearance(tokens: ThemeTokens = {}, options: StripeAppearanceOptions = {}): StripeAppearance {
  const element = options.element ?? null;
  const scheme = resolveColorScheme(options.colorScheme ?? tokens.colorScheme ?? schemeOfElement(element));
  const computed = element ? readComputed(element) : null;
  const defaults = defaultThemeTokens[scheme];

  const token = (name: ThemeTokenName): string => {
    for (const candidate of [tokens[name], computed?.(name)]) {
      const value = usable(candidate, scheme);
      if (value) return value;
    }
    return defaults[name];
  };

  const t = Object.fromEntries(
    (Object.keys(defaults) as ThemeTokenName[]).map((name) => [name, token(name)]),
  ) as unknown as ThemeTokenValues;

  const appearance: StripeAppearance = {
    theme: options.theme ?? (scheme === 'dark' ? 'night' : 'stripe'),
    variables: {
      colorPrimary: t.colorPrimary,
      colorBackground: t.colorSurface,
      colorText: t.colorText,
      colorTextSecondary: t.colorTextMuted,
      colorTextPlaceholder: t.colorTextMuted,
      colorDanger: t.colorDanger,
      colorIcon: t.colorTextMuted,
      fontFamily: t.fontFamily,
      fontSizeBase: t.fontSize,
      fontSizeSm: t.fontSizeSmall,
      fontLineHeight: t.lineHeight,
      spacingUnit: quarterOf(t.spaceSmall),
      spacingGridRow: t.space,
      // The modal's buttons and cards use the small radius; the large one is the dialog's own.
      borderRadius: t.radiusSmall,
      // The modal marks focus with a 2px outline, not a glow.
      focusBoxShadow: 'none',
      focusOutline: `2px solid ${t.colorFocus}`,
    },
  };
  if (options.rules !== false) {
    appearance.rules = {
      '.Input': { border: `1px solid ${t.colorBorder}`, boxShadow: 'none' },
      '.Input:focus': { borderColor: t.colorFocus },
      '.Input--invalid': { borderColor: t.colorDanger, color: t.colorDanger },
      '.Tab': { border: `1px solid ${t.colorBorder}`, boxShadow: 'none' },
      '.Tab--selected': { borderColor: t.colorPrimary, boxShadow: `inset 0 0 0 1px ${t.colorPrimary}` },
      '.Label': { color: t.colorTextMuted },
      '.Error': { color: t.colorDanger },
    };
  }
  return appearance;
}

/**
 * The scheme the library's CSS uses for `element`: its component root's `data-theme`, else the
 * inherited `color-scheme`.
 */
function schemeOfElement(element: Element | null): ColorScheme | undefined {
  if (!element) return undefined;
  const attribute = element.closest('[data-theme]')?.getAttribute('data-theme');
  if (attribute === 'light' || attribute === 'dark' || attribute === 'system') return attribute;
  const view = element.ownerDocument.defaultView;
  const colorScheme = view?.getComputedStyle(element).colorScheme ?? '';
  const dark = /\bdark\b/.test(colorScheme);
  const light = /\blight\b/.test(colorScheme);
  if (dark && light) return 'system';
  return dark ? 'dark' : 'light';
}

function readComputed(element: Element): (name: ThemeTokenName) => string {
  const view = element.ownerDocument.defaultView;
  const style = view ? view.getComputedStyle(element) : null;
  return (name) => style?.getPropertyValue(themeTokenVariable(name)).trim() ?? '';
}

/**
 * A value Stripe can take, or `undefined`: `light-dark()` resolved for the scheme; anything
 * still pointing at a CSS variable (which Stripe's iframe cannot see) is dropped.
 */
function usable(value: string | undefined, scheme: 'light' | 'dark'): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const resolved = resolveLightDark(trimmed, scheme);
  if (!resolved || /\bvar\(/i.test(resolved)) return undefined;
  return resolved;
}

/** Replaces every `light-dark(a, b)` in `value` by `a` or `b`; `undefined` when malformed. */
function resolveLightDark(value: string, scheme: 'light' | 'dark'): string | undefined {
  let result = value;
  for (let guard = 0; guard < 16; guard++) {
    const start = result.search(/light-dark\(/i);
    if (start === -1) return result;
    const open = start + 'light-dark('.length;
    const args = splitTopLevel(result, open);
    if (!args || args.parts.length !== 2) return undefined;
    const chosen = (scheme === 'dark' ? args.parts[1] : args.parts[0])!.trim();
    result = result.slice(0, start) + chosen + result.slice(args.end + 1);
  }
  return undefined;
}

/** The comma-separated arguments of the function whose `(` is just before `from`, and where its `)` is. */
function splitTopLevel(text: string, from: number): { parts: string[]; end: number } | undefined {
  const parts: string[] = [];
  let depth = 0;
  let partStart = from;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) {
        parts.push(text.slice(partStart, i));
        return { parts, end: i };
      }
      depth--;
    } else if (char === ',' && depth === 0) {
      parts.push(text.slice(partStart, i));
      partStart = i + 1;
    }
  }
  return undefined;
}

/** Stripe derives its paddings from a small base unit: a quarter of our small space (8px → 2px). */
function quarterOf(length: string): string | undefined {
  const match = /^(\d*\.?\d+)(px|rem|em)$/.exec(length.trim());
  if (!match) return undefined;
  const quarter = Number(match[1]) / 4;
  return `${Number(quarter.toFixed(4))}${match[2]}`;
}
