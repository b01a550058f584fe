// Bytes a user ships: each entry/export bundled by esbuild FROM THE BUILT PACKAGE (dist/, through
// the package's own "exports"), minified, peers external, then gzip (level 9) and brotli
// (quality 11). Lazy chunks (dynamic imports) are counted separately, never dropped.
// Run alone with `npm run bench:size` (needs `npm run build` first).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = 'react-payment-required';

// What a user's bundler leaves to the app: the peers, subpaths included.
export const PEERS = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', 'zod', 'zod/*'];
const REACT_ONLY = ['react', 'react/*', 'react-dom', 'react-dom/*'];

// Named exports are looked up in these entries (those present in package.json "exports"), first
// match wins: the entry layout is moving, and the bench follows it without edits.
const NAMED_EXPORT_ENTRIES = [`${PKG}/components`, PKG, `${PKG}/parse`, `${PKG}/core`];

// Strings only component code carries (dialog, parts, prompt copy). A headless bundle with any of
// them in its initial chunk has pulled in UI it did not ask for.
const COMPONENT_MARKERS = ['showModal', 'data-part', 'rpr-${', 'action.notNow', 'quota.title', 'UpdatePaymentModal', 'QuotaCountdown'];

/**
 * Everything measured, in one place. `code` is a module body; `exports` are named exports resolved
 * through NAMED_EXPORT_ENTRIES. `vs` names alternatives (ids below) for the ratio column; `budget`
 * is the issue's gzip budget in bytes; `headless` asks for the no-component-code check;
 * `ifEntry` skips the row until that subpath exists in package.json "exports".
 */
export const OURS = [
  { id: 'react-entry', label: 'React entry, everything', code: `export * from '${PKG}'`, budget: 8 * 1024, vs: ['radix+countdown'] },
  { id: 'components-entry', label: '/components, everything', code: `export * from '${PKG}/components'`, ifEntry: './components' },
  { id: 'core', label: '/core', code: `export * from '${PKG}/core'`, budget: 4 * 1024 },
  { id: 'parse-entry', label: '/parse, everything', code: `export * from '${PKG}/parse'`, ifEntry: './parse' },
  { id: 'micropayment-entry', label: '/micropayment, everything', code: `export * from '${PKG}/micropayment'`, ifEntry: './micropayment' },
  { id: 'devtools-entry', label: '/devtools (production build)', code: `export * from '${PKG}/devtools'`, ifEntry: './devtools' },
  { id: 'hook-provider', label: 'usePaymentRequired + Provider', exports: ['usePaymentRequired', 'PaymentRequiredProvider'], headless: true, budget: 3 * 1024 },
  { id: 'UpdatePaymentModal', label: 'UpdatePaymentModal', exports: ['UpdatePaymentModal'], vs: ['radix', 'aria'] },
  { id: 'PlanUpgradePrompt', label: 'PlanUpgradePrompt', exports: ['PlanUpgradePrompt'], vs: ['radix', 'aria'] },
  { id: 'QuotaCountdown', label: 'QuotaCountdown', exports: ['QuotaCountdown'], vs: ['countdown', 'radix+countdown'] },
  { id: 'MicropaymentPrompt', label: 'MicropaymentPrompt', exports: ['MicropaymentPrompt'], vs: ['radix', 'aria'] },
  { id: 'PaymentRequiredHost', label: 'PaymentRequiredHost (all prompts)', exports: ['PaymentRequiredHost'], vs: ['radix+countdown', 'aria'] },
];

/** What a user would assemble instead (devDependencies of the bench only). */
export const ALTERNATIVES = [
  {
    id: 'radix',
    label: '@radix-ui/react-dialog (8 parts)',
    code: "export { Root, Trigger, Portal, Overlay, Content, Title, Description, Close } from '@radix-ui/react-dialog'",
  },
  {
    id: 'aria',
    label: 'react-aria-components Dialog+Modal',
    code: "export { Dialog, Modal, ModalOverlay, Heading } from 'react-aria-components'",
  },
  { id: 'countdown', label: 'react-countdown', code: "export { default as Countdown } from 'react-countdown'" },
  {
    id: 'radix+countdown',
    label: 'radix dialog + react-countdown',
    code: "export { Root, Trigger, Portal, Overlay, Content, Title, Description, Close } from '@radix-ui/react-dialog'\nexport { default as Countdown } from 'react-countdown'",
  },
];

// An app that already validates its own data with classic zod (or zod/mini): the baseline our
// schemas are added on top of.
const CLASSIC_APP =
  "import * as z from 'zod';\nexport const User = z.object({ id: z.string(), email: z.string().email(), plan: z.enum(['free', 'pro']).optional(), seats: z.array(z.number().int()) });\nexport const parseUser = (v) => User.safeParse(v);";
const MINI_APP =
  "import * as z from 'zod/mini';\nexport const User = z.object({ id: z.string(), email: z.email(), plan: z.optional(z.enum(['free', 'pro'])), seats: z.array(z.int()) });\nexport const parseUser = (v) => z.safeParse(User, v);";

/** Our zod users, measured with zod bundled (an app without zod) and on top of a zod app. */
export const ZOD_SUBJECTS = [
  { id: 'schema', label: 'paymentRequiredIncidentSchema', exports: ['paymentRequiredIncidentSchema'] },
  { id: 'parser', label: 'parsePaymentRequired', exports: ['parsePaymentRequired'] },
  { id: 'react-entry', label: 'React entry, everything', code: `export * from '${PKG}'` },
];

const packageJson = () => JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

function compress(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { min: 0, gzip: 0, brotli: 0 };

/**
 * Builds `code` as an app's bundler would (esbuild, minified, code splitting, production
 * defines, `external` kept out) and sorts the chunks: `initial` holds the entry chunk and every
 * chunk it imports statically; the rest is reached only through `import()`. Shared by the byte
 * budgets, the bench and the per-file breakdown, so they all measure the same build.
 */
export async function buildChunks(code, external, outdir) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: root, loader: 'js', sourcefile: 'bench-entry.js' },
    bundle: true,
    write: false,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: resolve(root, outdir),
    minify: true,
    treeShaking: true,
    metafile: true,
    legalComments: 'none',
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const relative = (path) => Object.keys(outputs).find((key) => resolve(root, key) === path);
  const files = new Map(
    result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => [relative(file.path), file]),
  );
  const entry = [...files.keys()].find((key) => outputs[key].entryPoint);
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key) || !files.has(key)) return;
    initial.add(key);
    for (const imported of outputs[key].imports) {
      if (!imported.external && imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entry);
  return { outputs, files, initial };
}

/**
 * What a provider page loads for one 402, by kind (issue 14's "everything a 402 can load"): the
 * on-demand parser chunk and the prebuilt UI (both requested at mount), plus the micropayment
 * prompt for a per-request payment (requested at mount only when the app passes `onPay`), and
 * the catalogue of a language other than English.
 * Cross-tab, opted into with `crossTab`, is in none of them; `all` is every chunk there is.
 */
export const PATHS_402 = [
  { id: 'card', label: 'a card 402 (and plan, quota, unknown)', entryModules: ['query/onDemand.js', 'components/PaymentRequiredHost.js'] },
  // A page in German also loads the German catalogue, a chunk an English page never requests.
  { id: 'card-de', label: 'a card 402, UI in German', entryModules: ['query/onDemand.js', 'components/PaymentRequiredHost.js', 'messages/de.js'] },
  {
    id: 'micropayment',
    label: 'a micropayment 402 (or any, with onPay)',
    entryModules: ['query/onDemand.js', 'components/PaymentRequiredHost.js', 'components/micropayment/MicropaymentPrompt.js', 'core/parse/protocolReaders.js'],
  },
  { id: 'all', label: 'every chunk (crossTab too)', entryModules: [''] },
];

/**
 * What a page loads when the lazy chunks whose dynamic-import targets end with one of
 * `entryModules` (e.g. 'query/onDemand.js') are requested: the initial chunks, those chunks and
 * every chunk they import statically. Gzip per file, as a browser fetches them; also the names of
 * the chunks left out, so a figure says what it does not count.
 */
export async function loadedWith(code, entryModules, external = PEERS) {
  const { outputs, files, initial } = await buildChunks(code, external, 'bench/.tmp/paths');
  const loaded = new Set(initial);
  const visit = (key) => {
    if (loaded.has(key) || !files.has(key)) return;
    loaded.add(key);
    for (const imported of outputs[key].imports) {
      if (!imported.external && imported.kind === 'import-statement') visit(imported.path);
    }
  };
  for (const key of files.keys()) {
    const entryPoint = outputs[key].entryPoint;
    if (entryPoint && !initial.has(key) && entryModules.some((module) => entryPoint.endsWith(module))) visit(key);
  }
  let gzip = 0;
  for (const key of loaded) gzip += gzipSync(files.get(key).contents, { level: 9 }).length;
  const left = [...files.keys()].filter((key) => !loaded.has(key) && outputs[key].entryPoint).map((key) => outputs[key].entryPoint.replace(/^.*?dist\/esm\//, ''));
  return { gzip, chunks: loaded.size, left };
}

/**
 * Bundles `code` with code splitting. The initial part is the entry chunk plus every chunk it
 * imports statically; everything else (reached only through `import()`) is lazy. Each file is
 * compressed on its own, as a browser would fetch it.
 */
export async function bundle(code, external = PEERS) {
  const { files, initial } = await buildChunks(code, external, 'bench/.tmp/out');
  let initialSize = ZERO;
  let lazySize = ZERO;
  let initialText = '';
  let lazyText = '';
  for (const [key, file] of files) {
    const size = compress(file.contents);
    if (initial.has(key)) {
      initialSize = add(initialSize, size);
      initialText += file.text;
    } else {
      lazySize = add(lazySize, size);
      lazyText += file.text;
    }
  }
  return {
    initial: initialSize,
    lazy: lazySize,
    total: add(initialSize, lazySize),
    chunks: { initial: initial.size, lazy: files.size - initial.size },
    initialText,
    lazyText,
  };
}

/** `export { a, b } from '<first entry that exports them all>'`, and which entry that was. */
async function bundleNamed(names, entries) {
  const errors = [];
  for (const entry of entries) {
    const code = `export { ${names.join(', ')} } from '${entry}'`;
    try {
      return { entry, result: await bundle(code) };
    } catch (error) {
      errors.push(`${entry}: ${error.errors?.[0]?.text ?? error.message}`);
    }
  }
  throw new Error(`no entry exports ${names.join(', ')}:\n  ${errors.join('\n  ')}`);
}

function markersIn(text) {
  return COMPONENT_MARKERS.filter((marker) => text.includes(marker));
}

/** All byte figures: ours, the alternatives, CSS and the zod cost. */
export async function measureSizes() {
  if (!existsSync(resolve(root, 'dist/esm'))) throw new Error('dist/ is missing: run `npm run build` first');
  const exportsMap = packageJson().exports ?? {};
  const entries = NAMED_EXPORT_ENTRIES.filter((entry) => {
    const subpath = entry === PKG ? '.' : `.${entry.slice(PKG.length)}`;
    return subpath in exportsMap;
  });

  const alternatives = {};
  for (const alt of ALTERNATIVES) {
    const result = await bundle(alt.code, alt.external ?? REACT_ONLY);
    alternatives[alt.id] = { label: alt.label, initial: result.initial, lazy: result.lazy, total: result.total };
  }

  const ours = [];
  for (const row of OURS) {
    if (row.ifEntry && !(row.ifEntry in exportsMap)) continue;
    let entry;
    let result;
    try {
      ({ entry, result } = row.exports
        ? await bundleNamed(row.exports, entries)
        : { entry: undefined, result: await bundle(row.code) });
    } catch (error) {
      // A subpath listed in "exports" but not built yet (dist/ older than package.json).
      if (!row.ifEntry) throw error;
      ours.push({ id: row.id, label: row.label, error: error.errors?.[0]?.text ?? error.message });
      continue;
    }
    const measured = {
      id: row.id,
      label: row.label,
      from: entry ?? /from '([^']+)'/.exec(row.code)?.[1],
      initial: result.initial,
      lazy: result.lazy,
      total: result.total,
      chunks: result.chunks,
      budget: row.budget,
      vs: Object.fromEntries((row.vs ?? []).map((id) => [id, result.total.gzip / alternatives[id].total.gzip])),
    };
    if (row.headless) {
      measured.componentMarkers = { initial: markersIn(result.initialText), lazy: markersIn(result.lazyText) };
    }
    ours.push(measured);
  }

  const css = compress(readFileSync(resolve(root, 'dist/styles.css')));

  const classicApp = (await bundle(CLASSIC_APP, REACT_ONLY)).total;
  const miniApp = (await bundle(MINI_APP, REACT_ONLY)).total;
  const zod = { apps: { classic: classicApp, mini: miniApp }, subjects: [] };
  for (const subject of ZOD_SUBJECTS) {
    const from = subject.exports ? (await bundleNamed(subject.exports, entries)).entry : undefined;
    const code = subject.exports ? `export { ${subject.exports.join(', ')} } from '${from}'` : subject.code;
    // Bundled with zod, the React entry also needs @tanstack/react-query left out.
    const withZod = [...REACT_ONLY, '@tanstack/react-query'];
    const zodExternal = (await bundle(code, PEERS)).total;
    const alone = (await bundle(code, withZod)).total;
    const onClassic = (await bundle(`${CLASSIC_APP}\n${code}`, withZod)).total;
    const onMini = (await bundle(`${MINI_APP}\n${code}`, withZod)).total;
    const minus = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });
    zod.subjects.push({
      id: subject.id,
      label: subject.label,
      from,
      zodExternal,
      zodBundled: alone,
      zodShare: minus(alone, zodExternal),
      marginalOnClassicZodApp: minus(onClassic, classicApp),
      marginalOnMiniZodApp: minus(onMini, miniApp),
    });
  }

  return { entriesSearched: entries, ours, alternatives, css, zod };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { printSizes } = await import('./table.mjs');
  console.log(printSizes(await measureSizes()));
}
