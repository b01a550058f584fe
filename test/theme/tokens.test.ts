import { gzipSync } from 'node:zlib';
import {
  baseTokens,
  darkColorTokens,
  defaultThemeTokens,
  lightColorTokens,
  themeTokenVariable,
  type ThemeTokenName,
} from '../../src/theme/tokens';
import { preludes, rootTokenDeclarations, source, stylesheet, tokenDeclarations } from './css';

const declared = rootTokenDeclarations();
const declaredDark = tokenDeclarations(source, ":where([data-rpr-root][data-theme='dark'])");

/** Values compared in one spelling: `#ffffff` → `#fff`, `0.2` → `.2`, no spaces after commas. */
function canonical(value: string): string {
  return value
    .toLowerCase()
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3(?:([0-9a-f])\4)?\b/g, '#$1$2$3$4')
    .replace(/\b0\./g, '.')
    .replace(/,\s+/g, ',');
}

describe('the token map and styles.css agree', () => {
  test('every colour token has the map’s light value by default and its dark value under data-theme=dark', () => {
    for (const name of Object.keys(lightColorTokens) as (keyof typeof lightColorTokens)[]) {
      expect(canonical(declared.get(themeTokenVariable(name)) ?? ''), name).toBe(canonical(lightColorTokens[name]));
      expect(canonical(declaredDark.get(themeTokenVariable(name)) ?? ''), name).toBe(canonical(darkColorTokens[name]));
    }
    expect(declaredDark.size).toBe(Object.keys(darkColorTokens).length);
  });

  test('every other token is declared with the map’s value', () => {
    for (const name of Object.keys(baseTokens) as (keyof typeof baseTokens)[]) {
      expect(canonical(declared.get(themeTokenVariable(name)) ?? ''), name).toBe(canonical(baseTokens[name]));
    }
  });

  test('the stylesheet declares no token the map lacks', () => {
    const mapped = new Set((Object.keys(defaultThemeTokens.light) as ThemeTokenName[]).map(themeTokenVariable));
    expect([...declared.keys()].filter((name) => !mapped.has(name))).toEqual([]);
    expect(declared.size).toBe(mapped.size);
  });

  test('every var(--rpr-…) used is declared', () => {
    const used = new Set([...stylesheet.matchAll(/var\((--rpr-[a-z-]+)\)/g)].map(([, name]) => name));
    expect([...used].filter((name) => !declared.has(name!))).toEqual([]);
  });

  test('camelCase names map to prefixed custom properties', () => {
    expect(themeTokenVariable('colorPrimary')).toBe('--rpr-color-primary');
    expect(themeTokenVariable('radiusSmall')).toBe('--rpr-radius-small');
    expect(themeTokenVariable('zIndex')).toBe('--rpr-z-index');
  });
});

describe('styles.css', () => {
  test('everything is inside the rpr cascade layer', () => {
    // The minifier writes the layer order statement as a trailing `@layer rpr.theme;`.
    const css = stylesheet.trim().replace(/@layer rpr\.theme;$/, '');
    expect(css.startsWith('@layer rpr.base{')).toBe(true);
    expect(css.endsWith('}')).toBe(true);
    // Braces balance, so nothing escapes the layer block.
    let depth = 0;
    const body = css;
    for (const [index, char] of [...body].entries()) {
      if (char === '{') depth++;
      if (char === '}' && --depth === 0 && index < body.length - 1) expect.fail(`the layer block ends early at ${index}`);
    }
    expect(depth).toBe(0);
  });

  test('every selector has zero specificity (wrapped in :where())', () => {
    const selectors = preludes(stylesheet).filter(
      (prelude) => !prelude.startsWith('@') && !/^(from|to|\d+%)$/.test(prelude),
    );
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) expect(selector, selector).toMatch(/^:where\([^{]*\)(::?(?:before|after|backdrop))?$/);
  });

  test('uses logical properties only (RTL)', () => {
    const physical =
      /(?:^|[;{\s])(?:(?:margin|padding|border)-(?:left|right|top|bottom)|left|right|top|bottom|width|height|(?:min|max)-(?:width|height)|float|clear)\s*:|text-align\s*:\s*(?:left|right)/;
    expect(stylesheet).not.toMatch(physical);
  });

  test('light by default, dark under data-theme=dark, and reduced motion', () => {
    expect(stylesheet).toContain(':where([data-rpr-root]){color-scheme:light;');
    expect(stylesheet).toContain(':where([data-rpr-root][data-theme=dark]){color-scheme:dark;');
    expect(stylesheet).toMatch(/@media \(prefers-reduced-motion:reduce\)\{[^@]*animation:none/);
  });

  test('uses no colour function that CSS pipelines rewrite into helpers (light-dark) or that old browsers drop outside @supports', () => {
    expect(stylesheet).not.toMatch(/light-dark\(/);
    const outsideSupports = stylesheet.replace(/@supports[^{]*\{(?:[^{}]*\{[^{}]*\})*\}/g, '');
    expect(outsideSupports).not.toMatch(/color-mix\(/);
  });

  test('stays within 3 KiB gzipped', () => {
    expect(gzipSync(stylesheet).length).toBeLessThanOrEqual(3 * 1024);
  });
});
