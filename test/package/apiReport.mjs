// The API report: for every public entry of the built package, what it exports (values and
// types), each with the first sentence of its JSDoc. The reports live in api/ and are reviewed
// like code: `npm run api:update` rewrites them, `npm run test:api` fails when the built package
// no longer matches them, when an export has no JSDoc, or when the package exports more than
// MAX_RUNTIME_EXPORTS distinct runtime names (a name that two entries share counts once).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const MAX_RUNTIME_EXPORTS = 100;
const update = process.argv.includes('--update');
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

const entries = Object.entries(manifest.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath, target]) => ({
    subpath,
    specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
    types: target.import.types,
    file: `${subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-')}.api.md`,
  }));

const program = ts.createProgram(
  entries.map((entry) => entry.types),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true, noEmit: true },
);
const checker = program.getTypeChecker();

function kindOf(symbol) {
  const flags = symbol.flags;
  if (flags & ts.SymbolFlags.Class) return 'class';
  if (flags & ts.SymbolFlags.Function) return 'function';
  if (flags & ts.SymbolFlags.Enum) return 'enum';
  if (flags & ts.SymbolFlags.Variable) return 'const';
  if (flags & ts.SymbolFlags.Interface) return 'interface';
  if (flags & ts.SymbolFlags.TypeAlias) return 'type';
  return 'other';
}

/** The first sentence of the symbol's JSDoc, on one line; '' when it has none. */
function summaryOf(symbol) {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
  const sentence = /^(.*?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence.replaceAll('|', '\\|');
}

const problems = [];
const runtimeNames = new Set();
const reports = new Map();

for (const entry of entries) {
  const source = program.getSourceFile(entry.types);
  if (!source) throw new Error(`${entry.subpath}: no declarations at ${entry.types} (run npm run build first)`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const runtime = new Set(Object.keys(await import(entry.specifier)).filter((name) => name !== 'default'));
  for (const name of runtime) runtimeNames.add(name);
  const rows = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.getName();
    const summary = summaryOf(symbol);
    if (!summary) problems.push(`${entry.specifier}: ${name} has no JSDoc`);
    rows.push(`| \`${name}\` | ${runtime.has(name) ? 'value' : 'type'} | ${kindOf(symbol)} | ${summary} |`);
  }
  rows.sort();
  const values = rows.filter((row) => row.includes('| value |')).length;
  reports.set(
    entry.file,
    [
      `# \`${entry.specifier}\``,
      '',
      `${values} runtime exports, ${rows.length - values} type-only. Generated from the built package by \`npm run api:update\`.`,
      '',
      '| export | value or type | kind | summary |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}

if (runtimeNames.size > MAX_RUNTIME_EXPORTS) {
  problems.push(`${runtimeNames.size} distinct runtime exports; the budget is ${MAX_RUNTIME_EXPORTS}`);
}

if (update) {
  rmSync('api', { recursive: true, force: true });
  mkdirSync('api');
  for (const [file, text] of reports) writeFileSync(join('api', file), text);
  console.log(`api/: ${reports.size} reports written, ${runtimeNames.size} distinct runtime exports`);
} else {
  const committed = new Set(readdirSync('api').filter((file) => file.endsWith('.api.md')));
  for (const [file, text] of reports) {
    if (!committed.has(file)) problems.push(`api/${file} is missing`);
    else if (readFileSync(join('api', file), 'utf8') !== text) problems.push(`api/${file} differs from the built package`);
    committed.delete(file);
  }
  for (const file of committed) problems.push(`api/${file} belongs to no entry`);
}

if (problems.length > 0) {
  console.error(`API report:\n  ${problems.join('\n  ')}\nReview the change, then run \`npm run api:update\`.`);
  process.exit(1);
}
console.log(`API report: ${reports.size} entries match api/, ${runtimeNames.size} distinct runtime exports (≤ ${MAX_RUNTIME_EXPORTS}), every export documented`);
