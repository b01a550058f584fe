import { gzipSync } from 'node:zlib';
import {
  baseTokens,
  darkColorTokens,
  defaultThemeTokens,
  lightColorTokens,
  themeTokenVariable,
  type ThemeTokenName,
} from '../../src/theme/tokens';
import { preludes, rootTokenDeclarations, stylesheet } from './css';

const declared = rootTokenDeclarations(stylesheet);

describe('the token map and styles.css agree', () => {
  test('every colour token is declared as light-dark(light, dark) with the map’s values', () => {
    for (const name of Object.keys(lightColorTokens) as (keyof typeof lightColorTokens)[]) {
      const value = declared.get(themeTokenVariable(name));
      expect(value, name).toBe(`light-dark(${lightColorTokens[name]},${darkColorTokens[name]})`);
    }
  });

  test('every other token is declared with the map’s value', () => {
    for (const name of Object.keys(baseTokens) as (keyof typeof baseTokens)[]) {
      expect(declared.get(themeTokenVariable(name)), name).toBe(baseTokens[name]);
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
    const css = stylesheet.trim();
    expect(css.startsWith('@layer rpr.base,rpr.theme;\n@layer rpr.base{')).toBe(true);
    expect(css.endsWith('}')).toBe(true);
    // Braces balance, so nothing escapes the layer block.
    let depth = 0;
    const body = css.slice('@layer rpr.base,rpr.theme;\n'.length);
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
    for (const selector of selectors) expect(selector, selector).toMatch(/^:where\([^{]*\)(::[a-z-]+)?$/);
  });

  test('uses logical properties only (RTL)', () => {
    const physical =
      /(?:^|[;{\s])(?:(?:margin|padding|border)-(?:left|right|top|bottom)|left|right|top|bottom|width|height|(?:min|max)-(?:width|height)|float|clear)\s*:|text-align\s*:\s*(?:left|right)/;
    expect(stylesheet).not.toMatch(physical);
  });

  test('light, dark and system schemes, and reduced motion', () => {
    expect(stylesheet).toContain(':where([data-rpr-root]){');
    expect(stylesheet).toContain(':where([data-rpr-root][data-theme=dark]){color-scheme:dark}');
    expect(stylesheet).toContain(':where([data-rpr-root][data-theme=system]){color-scheme:light dark}');
    expect(stylesheet).toMatch(/@media \(prefers-reduced-motion:reduce\)\{[^@]*animation:none/);
  });

  test('stays within 3 KiB gzipped', () => {
    expect(gzipSync(stylesheet).length).toBeLessThanOrEqual(3 * 1024);
  });
});
