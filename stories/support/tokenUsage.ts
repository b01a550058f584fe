import stylesheet from '../../src/theme/styles.css?raw';

// Which tokens a prompt's look depends on, read from the stylesheet itself so the Design page
// cannot drift from it: every rule whose selector names one of the prompt's parts (or the root,
// the dialog or the actions every prompt shares) contributes the `var(--rpr-…)` it uses.

/** A token as an app sets it: the CSS custom property and the `theme` prop key. */
export interface TokenUse {
  property: string;
  themeKey: string;
}

const SHARED_SELECTORS = ['[data-rpr-root]', '.rpr-dialog', '.rpr-panel', '.rpr-action', '.rpr-actions', '.rpr-title', '.rpr-description'];

function rules(css: string): { selector: string; body: string }[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Innermost blocks only: a selector and its declarations (at-rules wrap them, keyframes have no tokens).
  return [...plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({ selector: match[1]!.trim(), body: match[2]! }));
}

function themeKey(property: string): string {
  return property.replace(/^--rpr-/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Whether tokens shared by every prompt are included (`all`), left out (`own`), or the only ones (`shared`). */
export type TokenScope = 'all' | 'own' | 'shared';

/** The tokens that style the given parts (`data-part` names) and, by `scope`, the parts every prompt shares. */
export function tokensForParts(parts: readonly string[], css: string = stylesheet, scope: TokenScope = 'all'): TokenUse[] {
  const own = parts.map((part) => new RegExp(`\\.rpr-${part}(?![\\w-])`));
  const found = new Set<string>();
  const shared = new Set<string>();
  for (const { selector, body } of rules(css)) {
    const isShared = SHARED_SELECTORS.some((name) => selector.includes(name));
    if (isShared) for (const match of body.matchAll(/var\((--rpr-[\w-]+)/g)) shared.add(match[1]!);
    const applies = scope === 'shared' ? isShared : (scope === 'all' && isShared) || own.some((pattern) => pattern.test(selector));
    if (!applies) continue;
    for (const match of body.matchAll(/var\((--rpr-[\w-]+)/g)) found.add(match[1]!);
    // Declaring a token (the root's defaults) is not using it.
  }
  const listed = scope === 'own' ? [...found].filter((property) => !shared.has(property)) : [...found];
  return listed.sort().map((property) => ({ property, themeKey: themeKey(property) }));
}
