// `npm run bench`: builds the package, measures bytes (esbuild over dist/), runtime (Vitest in
// jsdom, bench/vitest.config.ts) and time to dialog in Chromium (bench/browser.mjs), prints one
// table and writes bench/results.json.
// `--no-build` reuses the current dist/; `--no-browser` skips Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBrowser } from './browser.mjs';
import { measureSizes } from './sizes.mjs';
import { printBrowser, printRuntime, printSizes } from './table.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runtimeDir = resolve(root, 'bench/.tmp/runtime');
const RUNTIME_FILES = ['timeToUi', 'storm', 'countdowns', 'parser'];
const started = Date.now();

function run(label, command, args) {
  process.stderr.write(`bench: ${label}…\n`);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error(`${label} failed (exit ${result.status})`);
  }
}

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${platform()} ${release()}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
  // Other work on the machine skews wall times (CPU times less so).
  loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
};

if (!process.argv.includes('--no-build')) run('npm run build', 'npm', ['run', 'build']);

process.stderr.write('bench: bytes (esbuild)…\n');
const sizes = await measureSizes();

rmSync(runtimeDir, { recursive: true, force: true });
run('runtime (vitest, jsdom)', resolve(root, 'node_modules/.bin/vitest'), ['run', '--config', 'bench/vitest.config.ts']);
const runtime = {};
for (const name of RUNTIME_FILES) {
  const file = resolve(runtimeDir, `${name}.json`);
  if (!existsSync(file)) throw new Error(`the runtime bench wrote no ${name}.json`);
  runtime[name] = JSON.parse(readFileSync(file, 'utf8'));
}

const browser = process.argv.includes('--no-browser') ? undefined : await measureBrowser();

machine.loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
machine.benchSeconds = Math.round((Date.now() - started) / 1000);

const header = [
  `# react-payment-required bench: ${machine.date}`,
  `node ${machine.node}, ${machine.cpus} x ${machine.cpuModel}, ${machine.platform}; load ${machine.loadAverageAtStart.join(' ')} -> ${machine.loadAverageAtEnd.join(' ')}; ${machine.benchSeconds} s`,
  '',
].join('\n');
console.log(`${header}\n${printSizes(sizes)}\n${printRuntime(runtime)}${browser ? `\n${printBrowser(browser)}` : ''}`);

// Text of the component bundles is not kept; everything else is. Keys other scripts write
// (`accuracy`, from `npm run accuracy`) are kept.
const resultsFile = resolve(root, 'bench/results.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
writeFileSync(resultsFile, `${JSON.stringify({ ...previous, machine, sizes, runtime, ...(browser && { browser }) }, null, 2)}\n`);
process.stderr.write('bench: wrote bench/results.json\n');
