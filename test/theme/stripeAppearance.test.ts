import { afterEach, describe, expect, test, vi } from 'vitest';
import { toStripeAppearance } from '../../src/theme/stripeAppearance';
import { baseTokens, darkColorTokens, lightColorTokens } from '../../src/theme/tokens';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** An element inside a component root with the given scheme, carrying `--rpr-*` properties inline. */
function themedElement(properties: Record<string, string>, scheme?: string): HTMLElement {
  const root = document.createElement('div');
  if (scheme) root.dataset.theme = scheme;
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value);
  root.append(element);
  document.body.append(root);
  return element;
}

describe('toStripeAppearance', () => {
  test('without tokens, the stylesheet defaults of the light scheme on Stripe’s light theme', () => {
    const appearance = toStripeAppearance();
    expect(appearance.theme).toBe('stripe');
    expect(appearance.variables).toMatchObject({
      colorPrimary: lightColorTokens.colorPrimary,
      colorBackground: lightColorTokens.colorSurface,
      colorText: lightColorTokens.colorText,
      colorTextSecondary: lightColorTokens.colorTextMuted,
      colorDanger: lightColorTokens.colorDanger,
      fontFamily: baseTokens.fontFamily,
      fontSizeBase: baseTokens.fontSize,
      borderRadius: baseTokens.radiusSmall,
      spacingGridRow: baseTokens.space,
      spacingUnit: '2px',
      focusOutline: `2px solid ${lightColorTokens.colorFocus}`,
    });
  });

  test('the dark scheme uses the dark colours and Stripe’s night theme', () => {
    const appearance = toStripeAppearance({ colorScheme: 'dark' });
    expect(appearance.theme).toBe('night');
    expect(appearance.variables.colorPrimary).toBe(darkColorTokens.colorPrimary);
    expect(appearance.variables.colorBackground).toBe(darkColorTokens.colorSurface);
    expect(appearance.variables.colorText).toBe(darkColorTokens.colorText);
  });

  test('the app’s tokens (as passed to the provider’s theme prop) replace the defaults', () => {
    const appearance = toStripeAppearance({ colorPrimary: '#6d28d9', radiusSmall: '4px', fontFamily: 'Inter, sans-serif', spaceSmall: '0.5rem' });
    expect(appearance.variables).toMatchObject({
      colorPrimary: '#6d28d9',
      borderRadius: '4px',
      fontFamily: 'Inter, sans-serif',
      spacingUnit: '0.125rem',
    });
    expect(appearance.rules?.['.Tab--selected']).toEqual({ borderColor: '#6d28d9', boxShadow: 'inset 0 0 0 1px #6d28d9' });
  });

  test('reads the tokens computed on an element, resolving light-dark() for its component root’s scheme', () => {
    const properties = {
      '--rpr-color-primary': 'light-dark(#0f766e, #5eead4)',
      '--rpr-color-surface': 'light-dark(rgb(250, 250, 249), rgb(28, 25, 23))',
      '--rpr-radius-small': '2px',
    };
    const light = toStripeAppearance(undefined, { element: themedElement(properties, 'light') });
    expect(light.theme).toBe('stripe');
    expect(light.variables).toMatchObject({ colorPrimary: '#0f766e', colorBackground: 'rgb(250, 250, 249)', borderRadius: '2px' });

    const dark = toStripeAppearance(undefined, { element: themedElement(properties, 'dark') });
    expect(dark.theme).toBe('night');
    expect(dark.variables).toMatchObject({ colorPrimary: '#5eead4', colorBackground: 'rgb(28, 25, 23)', borderRadius: '2px' });
    // Tokens the element does not set fall back to that scheme's defaults.
    expect(dark.variables.colorText).toBe(darkColorTokens.colorText);
  });

  test('a page-level color-scheme decides when no component root sets one', () => {
    const element = themedElement({ '--rpr-color-primary': 'light-dark(#111111, #eeeeee)' });
    element.style.colorScheme = 'dark';
    expect(toStripeAppearance(undefined, { element }).variables.colorPrimary).toBe('#eeeeee');
  });

  test('`system` follows the operating system’s preference', () => {
    const prefersDark = vi.fn((query: string) => ({ matches: query === '(prefers-color-scheme: dark)' }));
    vi.stubGlobal('matchMedia', prefersDark);
    expect(toStripeAppearance({ colorScheme: 'system' }).theme).toBe('night');
    const element = themedElement({ '--rpr-color-primary': 'light-dark(#111111, #eeeeee)' }, 'system');
    expect(toStripeAppearance(undefined, { element }).variables.colorPrimary).toBe('#eeeeee');
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(toStripeAppearance(undefined, { element }).variables.colorPrimary).toBe('#111111');
  });

  test('explicit tokens and an explicit scheme win over what the element says', () => {
    const element = themedElement({ '--rpr-color-primary': 'light-dark(#111111, #eeeeee)', '--rpr-color-text': '#222222' }, 'dark');
    const appearance = toStripeAppearance({ colorPrimary: '#6d28d9' }, { element, colorScheme: 'light' });
    expect(appearance.theme).toBe('stripe');
    expect(appearance.variables.colorPrimary).toBe('#6d28d9');
    expect(appearance.variables.colorText).toBe('#222222');
  });

  test('values Stripe cannot resolve (CSS variables, malformed light-dark) fall back to the defaults', () => {
    const appearance = toStripeAppearance({
      colorPrimary: 'var(--brand)',
      colorText: 'light-dark(#000)',
      colorDanger: 'light-dark(#b00, #f88',
      colorSurface: '   ',
    });
    expect(appearance.variables).toMatchObject({
      colorPrimary: lightColorTokens.colorPrimary,
      colorText: lightColorTokens.colorText,
      colorDanger: lightColorTokens.colorDanger,
      colorBackground: lightColorTokens.colorSurface,
    });
  });

  test('a non-length small space leaves Stripe’s own spacing unit', () => {
    expect(toStripeAppearance({ spaceSmall: 'calc(1rem / 2)' }).variables.spacingUnit).toBeUndefined();
  });

  test('Stripe’s base theme can be chosen, and rules left out', () => {
    const appearance = toStripeAppearance({ colorScheme: 'dark' }, { theme: 'flat', rules: false });
    expect(appearance.theme).toBe('flat');
    expect(appearance.rules).toBeUndefined();
  });

  test('the result is plain JSON: what Stripe is given survives serialisation unchanged', () => {
    const appearance = toStripeAppearance({ colorScheme: 'dark', colorPrimary: '#a78bfa' });
    expect(JSON.parse(JSON.stringify(appearance))).toEqual(appearance);
    for (const value of Object.values(appearance.variables)) expect(value).not.toMatch(/var\(|light-dark\(/);
  });
});
