import type { ColorScheme } from './tokens';

/** The colour set the stylesheet applies: what `data-theme` carries on a component root. */
export type ResolvedColorScheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/**
 * The colour schemes the page declares: the computed `color-scheme` of `<html>`, else of
 * `<body>`, else `<meta name="color-scheme">`; `''` when it declares none.
 */
export function pageColorScheme(doc: Document): string {
  const view = doc.defaultView;
  for (const element of [doc.documentElement, doc.body]) {
    if (!element || !view) continue;
    const declared = view.getComputedStyle(element).colorScheme?.trim() ?? '';
    if (declared && declared !== 'normal') return declared;
  }
  return doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content')?.trim() ?? '';
}

/**
 * Which colour set a component root uses. `light` and `dark` are taken as they are, `system`
 * follows the OS. Without a preference the page decides, as the browser does for its own
 * controls: light unless the page declares dark (`color-scheme: dark`, or `light dark` while the
 * OS prefers dark).
 *
 * Resolved here rather than with CSS `light-dark()`: production CSS pipelines (Vite, Next.js,
 * PostCSS) rewrite `light-dark()` into helper variables that exist only where the same pass saw
 * a `color-scheme` declaration, and the colours collapse to transparent everywhere else.
 */
export function resolveColorScheme(preference: ColorScheme | undefined, doc?: Document): ResolvedColorScheme {
  if (preference === 'light' || preference === 'dark') return preference;
  if (preference === 'system') return prefersDark() ? 'dark' : 'light';
  const declared = doc ? currentPageColorScheme(doc) : '';
  if (!/\bdark\b/.test(declared)) return 'light';
  return !/\blight\b/.test(declared) || prefersDark() ? 'dark' : 'light';
}

// One watcher for the whole page, however many component roots listen: a quota countdown in
// every table row must not mean one MutationObserver and one style read per row and render.
const listeners = new Set<() => void>();
let stopWatching: (() => void) | undefined;
let cachedDeclaration: string | undefined;

/** Watches the OS preference and the page's declaration; calls `onChange` on any change. */
function watchPage(doc: Document, onChange: () => void): () => void {
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  media?.addEventListener('change', onChange);
  const View = doc.defaultView;
  const observer = View && 'MutationObserver' in View ? new View.MutationObserver(onChange) : null;
  for (const element of [doc.documentElement, doc.body]) {
    if (element) observer?.observe(element, { attributes: true });
  }
  if (doc.head) observer?.observe(doc.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content'] });
  return () => {
    media?.removeEventListener('change', onChange);
    observer?.disconnect();
  };
}

/**
 * Calls `onChange` when the resolved scheme may have changed: the OS preference, or the page's
 * own declaration (a theme switch that sets a class, `style` or `data-*` on `<html>`/`<body>`,
 * or swaps the colour-scheme `<meta>`). Returns the unsubscribe function.
 */
export function subscribeColorScheme(doc: Document, onChange: () => void): () => void {
  listeners.add(onChange);
  stopWatching ??= watchPage(doc, () => {
    cachedDeclaration = undefined;
    for (const listener of listeners) listener();
  });
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0) return;
    stopWatching?.();
    stopWatching = undefined;
    cachedDeclaration = undefined;
  };
}

/** The page's declaration, read once per change while anything is subscribed. */
export function currentPageColorScheme(doc: Document): string {
  if (!stopWatching) return pageColorScheme(doc);
  return (cachedDeclaration ??= pageColorScheme(doc));
}
