import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';

const sourceText = readFileSync(join(import.meta.dirname, '../../src/theme/styles.css'), 'utf8');

/** The stylesheet's source, comments removed and white space folded: values as written. */
export const source = sourceText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');

/** The stylesheet as the build ships it: minified by lightningcss. Structure is checked on this. */
export const stylesheet = transform({ filename: 'styles.css', code: Buffer.from(sourceText), minify: true }).code.toString();

/** The custom property declarations of the rule of `source` whose selector is exactly `selector`. */
export function tokenDeclarations(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`no rule ${selector}`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  const declarations = new Map<string, string>();
  for (const [, name, value] of body.matchAll(/(--rpr-[a-z-]+):([^;]+)/g)) declarations.set(name!, value!.trim());
  return declarations;
}

/** The declarations of the token rule `:where([data-rpr-root]){…}`: custom property → value. */
export function rootTokenDeclarations(css: string = source): Map<string, string> {
  return tokenDeclarations(css, ':where([data-rpr-root])');
}

/** Every rule prelude (selector or at-rule) of the stylesheet. */
export function preludes(css: string): string[] {
  return [...css.matchAll(/([^{};]+)\{/g)].map(([, prelude]) => prelude!.trim());
}
