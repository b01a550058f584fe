import { themeTokenVariable, type ThemeTokenName, type ThemeTokens } from './tokens';

/** A theme turned into a scoped rule: elements with `data-rpr-theme="<id>"` get its tokens. */
export interface ThemeStyle {
  /** Derived from the rule, so equal themes share one id (and one `<style>`). */
  id: string;
  css: string;
}

const TOKEN_NAME = /^[a-z][a-zA-Z0-9]*$/;
// Anything that could end the declaration or the rule, open a comment or close the <style>.
const UNSAFE_VALUE = /[;{}<>\\\r\n]|\/\*|\*\//;

/**
 * Whether a token value stays inside its declaration: no `;`, braces, comments, backslashes or
 * newlines, and balanced quotes and parentheses (an open `(` would swallow the rest of the rule).
 */
export function isSafeTokenValue(value: string): boolean {
  if (value.trim() === '' || value.length > 500 || UNSAFE_VALUE.test(value)) return false;
  let depth = 0;
  let quote = '';
  for (const char of value) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0 && quote === '';
}

function hash(text: string): string {
  let value = 5381;
  for (let i = 0; i < text.length; i++) value = (value * 33) ^ text.charCodeAt(i);
  return (value >>> 0).toString(36);
}

/**
 * The `<style>` text for a partial theme: its tokens as custom properties in the `rpr.theme`
 * layer (above the stylesheet's defaults, below any app CSS), scoped by a `data-rpr-theme` id.
 * Unsafe values are dropped. `null` when no token is set.
 */
export function createThemeStyle(theme: ThemeTokens | undefined): ThemeStyle | null {
  if (!theme) return null;
  const declarations: string[] = [];
  for (const [name, value] of Object.entries(theme)) {
    if (name === 'colorScheme' || !TOKEN_NAME.test(name)) continue;
    if (typeof value !== 'string' || !isSafeTokenValue(value)) continue;
    declarations.push(`${themeTokenVariable(name as ThemeTokenName)}:${value.trim()}`);
  }
  if (declarations.length === 0) return null;
  const body = declarations.join(';\n');
  const id = hash(body);
  return {
    id,
    css: `@layer rpr.base,rpr.theme;@layer rpr.theme{:where([data-rpr-theme="${id}"]){\n${body}}}`,
  };
}
