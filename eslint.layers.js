import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');

/**
 * The layers of src/, lowest first, as the code uses them. A module may import its own layer and
 * the layers below it, never one above, so there are no cycles between layers:
 *
 *   core < query < vocabulary (messages, theme) < presentation < provider-config hooks
 *        < components < react < entries
 *
 * - core: framework-free parsing, store, types (its own rule also keeps React and DOM out).
 * - query: the TanStack Query wiring.
 * - vocabulary: message catalogues and formatting, theme tokens and styles.
 * - presentation: the React contexts (client, provider configuration), their types and the
 *   incident hooks, shared by the components and the provider.
 * - provider-config hooks: `useMessages`, `useThemeRoot` and the barrels that export them; they
 *   read the provider's configuration, so they sit above presentation.
 * - components: the prebuilt UI. react: the provider and its automatic UI.
 * - entries: the package entries and the opt-in extras nothing else imports.
 *
 * A file is in the layer whose exact path lists it, else in the layer of its folder.
 */
const layers = [
  { name: 'core', paths: ['core/'] },
  { name: 'query', paths: ['query/'] },
  { name: 'vocabulary', paths: ['messages/', 'theme/'] },
  { name: 'presentation', paths: ['presentation/'] },
  {
    name: 'provider-config hooks',
    paths: ['messages/useMessages.ts', 'messages/index.ts', 'theme/useThemeRoot.ts', 'theme/index.ts'],
  },
  { name: 'components', paths: ['components/'] },
  { name: 'react', paths: ['react/'] },
  { name: 'entries', paths: ['index.ts', 'devtools/', 'adapters/', 'monitoring/', 'server/'] },
];
const order = layers.map((layer) => layer.name).join(' < ');

/** The rank of a file given relative to src/ (posix separators), or -1 when no layer lists it. */
function rankOf(file) {
  const exact = layers.findIndex((layer) => layer.paths.includes(file));
  if (exact !== -1) return exact;
  return layers.findIndex((layer) => layer.paths.some((entry) => entry.endsWith('/') && file.startsWith(entry)));
}

/** The file a relative import names, relative to src/: folders mean their index, no extension means .ts. */
function resolveImport(fromFile, source) {
  const absolute = path.resolve(path.dirname(fromFile), source);
  const target = existsSync(absolute) && statSync(absolute).isDirectory() ? path.join(absolute, 'index.ts') : absolute;
  const file = path.relative(srcDir, target).split(path.sep).join('/');
  return path.extname(file) ? file : `${file}.ts`;
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Modules of src/ import only their own layer and the layers below it.' },
    schema: [],
  },
  create(context) {
    const file = path.relative(srcDir, context.filename).split(path.sep).join('/');
    if (file.startsWith('..')) return {};
    const rank = rankOf(file);
    if (rank === -1) {
      return {
        Program(node) {
          context.report({ node, message: `src/${file} is in no layer: add it to the layers in eslint.layers.js (${order}).` });
        },
      };
    }
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = resolveImport(context.filename, source.value);
      const targetRank = rankOf(target);
      if (targetRank > rank) {
        context.report({
          node,
          message: `src/${file} (${layers[rank].name}) imports ${source.value} (${layers[targetRank].name}), a higher layer. Import only downward: ${order}.`,
        });
      }
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

/** The `layers/downward-only` rule, as an ESLint plugin. */
export const layersPlugin = { rules: { 'downward-only': layersRule } };
