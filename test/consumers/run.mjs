// The consumer matrix: packs the built package, installs the tarball into small apps written from
// the README's quick start, builds each with its own toolchain in production mode, serves it next
// to the consumer API on 127.0.0.1 and drives it in Chromium (see drive.mjs for the checks).
//
//   node test/consumers/run.mjs [--only vite-react19,next] [--tarball file.tgz] [--screenshots dir]
//
// `npm run build` first: this packs what is in dist/. Exits 1 if any check fails.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { startConsumerApi } from './api.mjs';
import { driveApp, loadAxe } from './drive.mjs';
import { freePort, run, startServer, stopAllServers } from './processes.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';

const HERE = import.meta.dirname;
const REPO = resolve(HERE, '../..');
const QUIET_ENV = { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', npm_config_update_notifier: 'false' };

/** Folders with their own package.json and lockfile; apps in a folder share its node_modules. */
const INSTALLS = { react19: join(HERE, 'react19'), react18: join(HERE, 'react18') };

const previewArgs = (port) => ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];

/** The apps, in the order they run. */
const APPS = [
  {
    name: 'typescript',
    install: 'react19',
    dir: 'react19/types',
    // Type-checks a consumer file against the packed declarations, libraries' .d.ts included.
    compile: [
      ['tsc', ['-p', 'tsconfig.bundler.json']],
      ['tsc', ['-p', 'tsconfig.node16.json']],
    ],
  },
  { name: 'vite-react19', install: 'react19', dir: 'react19/vite', build: ['vite', ['build']], serve: (port) => ['vite', previewArgs(port)] },
  {
    name: 'next',
    install: 'react19',
    dir: 'react19/next',
    build: ['next', ['build']],
    serve: (port) => ['next', ['start', '-H', '127.0.0.1', '-p', String(port)]],
    serverRendered: true,
  },
  { name: 'vite-react18', install: 'react18', dir: 'react18/vite', build: ['vite', ['build']], serve: (port) => ['vite', previewArgs(port)] },
];

const { values: options } = parseArgs({
  options: { only: { type: 'string' }, tarball: { type: 'string' }, screenshots: { type: 'string' } },
});
const selected = options.only ? APPS.filter((app) => options.only.split(',').includes(app.name)) : APPS;
if (selected.length === 0) {
  console.error(`--only matches no app; apps: ${APPS.map((app) => app.name).join(', ')}`);
  process.exit(2);
}

async function step(label, fn) {
  const started = performance.now();
  try {
    return await fn();
  } finally {
    const seconds = (performance.now() - started) / 1000;
    console.log(`[consumers] ${label}: ${seconds.toFixed(1)} s`);
  }
}

const bin = (install, name) => join(INSTALLS[install], 'node_modules', '.bin', name);

/** `npm pack` of the repository as built; returns the tarball's path. */
async function pack(outDir) {
  if (!existsSync(join(REPO, 'dist', 'esm', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const output = await run('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: REPO });
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
  return join(outDir, filename);
}

/**
 * The folder's locked dependencies (`npm ci`, skipped when node_modules already matches the
 * lockfile), then the tarball on top without touching package.json or the lockfile, whose
 * integrity hash would change with every build.
 */
async function install(folder, tarball) {
  const lock = await readFile(join(folder, 'package-lock.json'));
  const stampFile = join(folder, 'node_modules', '.consumers-lock-sha256');
  const wanted = createHash('sha256').update(lock).digest('hex');
  const current = existsSync(stampFile) ? await readFile(stampFile, 'utf8') : '';
  // Dev dependencies too, whatever NODE_ENV says: they are the apps' toolchains.
  const npmFlags = ['--include=dev', '--no-audit', '--no-fund', '--prefer-offline'];
  if (current !== wanted) {
    await run('npm', ['ci', ...npmFlags], { cwd: folder });
    await writeFile(stampFile, wanted);
  }
  await run('npm', ['install', '--no-save', ...npmFlags, tarball], { cwd: folder });
}

/** The Next.js page as the server sends it, before any JavaScript runs. */
async function checkServerHtml(origin, results) {
  const html = await fetch(origin).then((response) => response.text());
  const rendered = html.includes('Acme dashboard') && html.includes('Loading usage');
  const reasons = /data-reasons="(\d+)"/.exec(html)?.[1];
  results.push({
    name: 'server render: the page and its client components are in the HTML',
    ok: rendered,
    detail: rendered ? '' : `HTML without the dashboard: ${html.slice(0, 300)}`,
  });
  results.push({
    name: 'Server Component reads PAYMENT_REQUIRED_REASONS from react-payment-required/core',
    ok: Number(reasons) > 0,
    detail: `rendered ${reasons ?? 'no'} reasons`,
  });
}

async function runApp(app, context) {
  const dir = join(HERE, app.dir);
  const results = [];
  const fail = (name, error) => results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });

  if (app.compile) {
    // Side by side: each is one single-threaded tsc.
    await Promise.all(
      app.compile.map(async ([command, args]) => {
        const name = `${command} ${args.join(' ')}`;
        try {
          await step(`${app.name}: ${name}`, () => run(bin(app.install, command), args, { cwd: dir, env: QUIET_ENV }));
          results.push({ name, ok: true, detail: '' });
        } catch (error) {
          fail(name, error);
        }
      }),
    );
    return results;
  }

  try {
    await step(`${app.name}: build`, () => run(bin(app.install, app.build[0]), app.build[1], { cwd: dir, env: QUIET_ENV }));
  } catch (error) {
    fail('production build', error);
    return results;
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const [command, args] = app.serve(port);
  let server;
  try {
    server = await step(`${app.name}: start`, () => startServer(bin(app.install, command), args, { cwd: dir, env: QUIET_ENV, origin }));
  } catch (error) {
    fail('server starts', error);
    return results;
  }
  try {
    if (app.serverRendered) await checkServerHtml(origin, results);
    const axeSource = await loadAxe(INSTALLS[app.install]);
    results.push(
      ...(await step(`${app.name}: drive in Chromium`, () =>
        driveApp({ name: app.name, origin, api: context.api, browser: context.browser, axeSource, screenshotDir: context.screenshotDir }),
      )),
    );
  } catch (error) {
    fail('driving the app', error);
  } finally {
    await server.stop();
  }
  return results;
}

// Interrupted (Ctrl-C, CI timeout): the servers run in their own process groups, stop them too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`[consumers] ${signal}: stopping the servers`);
    stopAllServers().finally(() => process.exit(130));
  });
}

async function main() {
  const started = performance.now();
  const scratch = await mkdtemp(join(tmpdir(), 'rpr-consumers-'));
  const report = [];
  let api;
  let browser;
  try {
    const tarball = options.tarball ? resolve(options.tarball) : await step('npm pack', () => pack(scratch));
    console.log(`[consumers] installing ${tarball}`);
    // Separate folders, one npm cache (safe for concurrent use): install side by side.
    const installs = await Promise.allSettled(
      [...new Set(selected.map((app) => app.install))].map((name) => step(`install ${name}`, () => install(INSTALLS[name], tarball))),
    );
    const failedInstall = installs.find((outcome) => outcome.status === 'rejected');
    if (failedInstall) throw failedInstall.reason;
    api = await startConsumerApi();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
    const context = { api, browser, screenshotDir: options.screenshots && resolve(options.screenshots) };
    // Compile-only apps use no port and no browser: they run beside the others. Apps in the
    // browser run one at a time.
    const compiled = selected.filter((app) => app.compile).map(async (app) => ({ app: app.name, results: await runApp(app, context) }));
    const served = [];
    for (const app of selected.filter((app) => !app.compile)) served.push({ app: app.name, results: await runApp(app, context) });
    const done = [...(await Promise.all(compiled)), ...served];
    report.push(...selected.map((app) => done.find((entry) => entry.app === app.name)));
  } catch (error) {
    report.push({ app: 'setup', results: [{ name: 'pack, install and launch', ok: false, detail: error instanceof Error ? error.message : String(error) }] });
  } finally {
    await browser?.close();
    await api?.close();
    await rm(scratch, { recursive: true, force: true });
  }

  let failed = 0;
  console.log('\n[consumers] results');
  for (const { app, results } of report) {
    console.log(`  ${app}`);
    for (const result of results) {
      if (!result.ok) failed += 1;
      const detail = !result.ok || process.env.CONSUMERS_VERBOSE ? `\n      ${result.detail.replaceAll('\n', '\n      ')}` : '';
      console.log(`    ${result.ok ? '✓' : '✗'} ${result.name}${detail}`);
    }
  }
  console.log(`\n[consumers] ${failed === 0 ? 'all checks passed' : `${failed} check(s) failed`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
