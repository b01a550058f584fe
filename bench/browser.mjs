// Browser bench (issue #14): time from the end of a 402 response to the painted dialog, in
// Chromium, over a Vite production build of a small app (bench/browser/app) that uses the PACKED
// package (`npm pack` of dist/, unpacked into bench/browser/node_modules), for React 19 and 18.
// Part of `npm run bench`; alone: `npm run bench:browser` (needs `npm run build` first). Writes
// its figures under `browser` in bench/results.json. Nothing here is part of `npm test`.
/* global window */ // inside page.evaluate()
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const appDir = resolve(root, 'bench/browser');
const workDir = resolve(root, 'bench/.tmp/browser');


// DevTools' "Fast 3G" preset (the figures Chrome's network panel uses).
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};

/** React 18 is installed beside 19 under npm aliases (bench/browser/package.json). */
export const REACT_VERSIONS = {
  19: [],
  18: [
    { find: /^react$/, replacement: 'react18' },
    { find: /^react\/(.*)$/, replacement: 'react18/$1' },
    { find: /^react-dom$/, replacement: 'react-dom18' },
    { find: /^react-dom\/(.*)$/, replacement: 'react-dom18/$1' },
  ],
};

/**
 * `cold`: a fresh browser context per load, local network, the API answers at once (the chunks
 * race the 402). `warm`: the same, but the API answers after 300 ms, so the parser and the UI
 * are in memory before the 402 (the usual case: chunks are requested at mount). `throttled`:
 * Fast 3G, cache disabled, the API answers at once, so the chunks are still on the wire when
 * the 402 ends: the dialog must follow the last chunk, not a retry.
 */
const ALL_SCENARIOS = [
  { id: 'cold', runs: 9, apiDelayMs: 0 },
  { id: 'warm', runs: 9, apiDelayMs: 300 },
  { id: 'throttled', runs: 5, apiDelayMs: 0, network: FAST_3G },
  // The quota prompt formats numbers and a date: the page's first Intl formatters.
  { id: 'warm-quota', runs: 9, apiDelayMs: 300, body: () => QUOTA_402() },
];
// BENCH_BROWSER=warm,throttled runs only those (while working on one path).
const only = process.env.BENCH_BROWSER?.split(',');
const SCENARIOS = only ? ALL_SCENARIOS.filter((scenario) => only.includes(scenario.id)) : ALL_SCENARIOS;

// A Stripe card decline, as Stripe's API answers it.
export const STRIPE_402 = JSON.stringify({
  error: {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
    doc_url: 'https://stripe.com/docs/error-codes/card-declined',
    request_log_url: 'https://dashboard.stripe.com/test/logs/req_bench',
  },
});

// A monthly allowance used up, with its figures and reset time, as an API that counts calls answers.
export const QUOTA_402 = () =>
  JSON.stringify({
    error: {
      code: 'quota_exceeded',
      message: 'You have used all API calls included in your plan this month.',
      limit: 1000,
      used: 1000,
      resets_at: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString(),
    },
  });

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Packs the package built in `from` (as `npm publish` would) and unpacks it into `nodeModules`
 * (by default the bench app's).
 */
export function installPackedPackage({ from = root, nodeModules = resolve(appDir, 'node_modules') } = {}) {
  if (!existsSync(resolve(from, 'dist/esm/index.js'))) throw new Error(`${from}/dist is missing: run \`npm run build\` first`);
  mkdirSync(workDir, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: from, encoding: 'utf8' }),
  )[0];
  const target = resolve(nodeModules, 'react-payment-required');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['xzf', resolve(workDir, packed.filename), '--strip-components=1', '-C', target]);
  return { version: packed.version, files: packed.entryCount };
}

export function installAppDependencies() {
  if (existsSync(resolve(appDir, 'node_modules/react18'))) return;
  process.stderr.write('bench: npm ci in bench/browser…\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: appDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm ci in bench/browser failed:\n${result.stderr}`);
}

/** Builds the bench app (or a copy of it at `appRoot`) for one React version. */
export async function buildApp(react, { appRoot = resolve(appDir, 'app'), outDir = resolve(workDir, `react${react}`) } = {}) {
  await build({
    root: appRoot,
    configFile: false,
    mode: 'production',
    // TanStack Query's "use client" directives make Vite warn once per file.
    logLevel: 'error',
    resolve: { alias: REACT_VERSIONS[react] },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  // Scripts the page loads up front; every other script is a lazy chunk.
  const initialScripts = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1]);
  return { outDir, initialScripts };
}

/** Serves one build, gzipped as a real server would, and the API that answers 402. */
export async function startServer(outDir) {
  const state = { apiDelayMs: 0, apiRequests: 0, body: () => STRIPE_402 };
  const cache = new Map();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/api/account') {
      state.apiRequests++;
      setTimeout(() => {
        response.writeHead(402, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(state.body());
      }, state.apiDelayMs);
      return;
    }
    const file = normalize(join(outDir, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)));
    if (!file.startsWith(outDir)) {
      response.writeHead(403).end();
      return;
    }
    const cached = cache.get(file);
    const send = (body) =>
      response
        .writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip' })
        .end(body);
    if (cached) return send(cached);
    readFile(file).then(
      (content) => {
        const body = gzipSync(content, { level: 9 });
        cache.set(file, body);
        send(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    state,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(done);
      }),
  };
}

/** One cold load in a fresh context; returns the marks and resource timings the page recorded. */
export async function load(browser, origin, network) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await page.goto(origin);
    await page.waitForFunction(() => window.__bench?.painted !== undefined, null, { timeout: 60_000 });
    // A little longer, to see a retry if one was (wrongly) scheduled.
    await page.waitForTimeout(network ? 1_500 : 300);
    return await page.evaluate(() => ({
      marks: window.__bench,
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd })),
    }));
  } finally {
    await context.close();
  }
}

export const round = (value) => Math.round(value * 10) / 10;
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => ({ median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) });
const FRAME_MS = 1000 / 60;

/** Per-load figures, all relative to the end of the 402 response. */
export function analyse(sample, initialScripts, apiRequests) {
  const { marks, resources } = sample;
  const api = resources.filter((entry) => entry.name === '/api/account');
  const apiEnd = api[0].end;
  const chunks = resources.filter((entry) => entry.name.endsWith('.js') && !initialScripts.includes(entry.name));
  const lastChunkEnd = Math.max(apiEnd, ...chunks.map((chunk) => chunk.end));
  return {
    toPaintedMs: round(marks.painted - apiEnd),
    toDomMs: round(marks.dialogOpen - apiEnd),
    queryErrorMs: round(marks.queryError - apiEnd),
    shownMs: round(marks.shown - apiEnd),
    // Frames between the store's `shown` and the first frame with the dialog (0: the next frame).
    framesAfterShown: Math.max(0, Math.round((marks.frame - marks.shownFrame) / FRAME_MS)),
    chunksPendingAt402: chunks.filter((chunk) => chunk.end > apiEnd).length,
    lastChunkAfter402Ms: round(lastChunkEnd - apiEnd),
    afterLastChunkMs: round(marks.painted - lastChunkEnd),
    chunkRoundTripMs: round(Math.max(0, ...chunks.map((chunk) => chunk.end - chunk.start))),
    apiRequests,
    react: marks.react,
  };
}

/** Builds, serves and loads the app for every React version and scenario. */
export async function measureBrowser({ runsScale = 1 } = {}) {
  installAppDependencies();
  const pkg = installPackedPackage();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const loadAverage = () => loadavg().map((value) => Number(value.toFixed(2)));
  // Wall times: other work on the machine (a busy 2-core CI box) shows up in them.
  const results = { date: new Date().toISOString(), loadAverageAtStart: loadAverage(), package: pkg, chromium: browser.version(), scenarios: {} };
  try {
    for (const react of Object.keys(REACT_VERSIONS).sort().reverse()) {
      process.stderr.write(`bench: browser, React ${react}: vite build…\n`);
      const { outDir, initialScripts } = await buildApp(react);
      const server = await startServer(outDir);
      try {
        for (const scenario of SCENARIOS) {
          process.stderr.write(`bench: browser, React ${react}, ${scenario.id}…\n`);
          const loads = [];
          server.state.apiDelayMs = scenario.apiDelayMs;
          server.state.body = scenario.body ?? (() => STRIPE_402);
          for (let run = 0; run < Math.max(1, Math.round(scenario.runs * runsScale)); run++) {
            server.state.apiRequests = 0;
            const sample = await load(browser, server.origin, scenario.network);
            loads.push(analyse(sample, initialScripts, server.state.apiRequests));
          }
          const pick = (key) => summary(loads.map((entry) => entry[key]));
          results.scenarios[`react${react}.${scenario.id}`] = {
            react: loads[0].react,
            scenario: scenario.id,
            network: scenario.network ? 'Fast 3G (CDP), cache disabled' : 'local',
            apiDelayMs: scenario.apiDelayMs,
            runs: loads.length,
            toPaintedMs: pick('toPaintedMs'),
            // Where the time goes: 402 end -> query error (body read, fetcher, TanStack) -> `shown`
            // (detection, parse, store) -> dialog in the DOM (React render) -> painted (frame).
            queryErrorMs: pick('queryErrorMs'),
            shownMs: pick('shownMs'),
            toDomMs: pick('toDomMs'),
            framesAfterShown: pick('framesAfterShown'),
            chunksPendingAt402: pick('chunksPendingAt402'),
            afterLastChunkMs: pick('afterLastChunkMs'),
            chunkRoundTripMs: pick('chunkRoundTripMs'),
            maxApiRequests: Math.max(...loads.map((entry) => entry.apiRequests)),
            // Per load, in load order: the figures the summaries above come from.
            toPaintedMsPerLoad: loads.map((entry) => entry.toPaintedMs),
          };
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  results.loadAverageAtEnd = loadAverage();
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { printBrowser } = await import('./table.mjs');
  const browser = await measureBrowser();
  console.log(printBrowser(browser));
  const file = resolve(root, 'bench/results.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, browser }, null, 2)}\n`);
  process.stderr.write('bench: wrote browser figures to bench/results.json\n');
}
