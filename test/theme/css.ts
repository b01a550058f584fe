import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped stylesheet, comments removed. */
export const stylesheet = readFileSync(join(import.meta.dirname, '../../src/theme/styles.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** The declarations of the token rule `:where([data-rpr-root]){…}`: custom property → value. */
export function rootTokenDeclarations(css: string): Map<string, string> {
  const start = css.indexOf(':where([data-rpr-root]){');
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const declarations = new Map<string, string>();
  for (const [, name, value] of body.matchAll(/(--rpr-[a-z-]+):([^;]+);/g)) declarations.set(name!, value!.trim());
  return declarations;
}

/** Every rule prelude (selector or at-rule) of the stylesheet. */
export function preludes(css: string): string[] {
  return [...css.matchAll(/([^{};]+)\{/g)].map(([, prelude]) => prelude!.trim());
}
