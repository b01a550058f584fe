import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build, type PluginOption } from 'vite';
import { listen, type RunningServer } from '../support/listen';

export type { RunningServer };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Serves the built page from `dir` (index.html for `/`). */
export function startStaticServer(dir: string): Promise<RunningServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(root, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (content) => {
        response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
        response.end(content);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  return listen(server);
}

/** How a quota scenario of the API tells the client when the quota resets. */
/**
 * Builds the test page in `root` (its index.html) with Vite into a temporary directory and serves
 * it; `close` stops the server and removes the build.
 */
export async function buildAndServePage(root: string, plugins: PluginOption[] = []): Promise<RunningServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'rpr-e2e-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      plugins,
      build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
    });
    const site = await startStaticServer(outDir);
    return {
      origin: site.origin,
      close: async () => {
        await site.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

export interface QuotaScenario {
  /** Seconds from the first request until the quota resets and the API answers 200. */
  resetSeconds: number;
  /** Send `Retry-After` (delta seconds). */
  retryAfter: boolean;
  /** Send the IETF `RateLimit` / `RateLimit-Policy` fields. */
  rateLimit: boolean;
  /** List the headers in `Access-Control-Expose-Headers` so cross-origin scripts can read them. */
  expose: boolean;
}

/** What the API recorded about one scenario. */
export interface ScenarioLog {
  /** Epoch ms when the quota resets (set by the first request). */
  resetAt: number;
  /** Status of every request, in order. */
  statuses: number[];
}

/** The mocked API: a second origin answering quota 402s until the scenario's reset time. */
export interface ApiServer extends RunningServer {
  log: (scenario: string) => ScenarioLog | undefined;
}

/**
 * `GET /reports?scenario=<name>`: 402 with a problem+json quota body and the scenario's
 * rate-limit headers until `resetSeconds` after the first request, then 200. Only `allowOrigin`
 * may read the responses (CORS), as a real API on another origin would do.
 */
export async function startApiServer(allowOrigin: () => string, scenarios: Record<string, QuotaScenario>): Promise<ApiServer> {
  const logs = new Map<string, ScenarioLog>();

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const cors = { 'access-control-allow-origin': allowOrigin(), vary: 'Origin' };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET', 'access-control-max-age': '60' }).end();
      return;
    }
    const name = url.searchParams.get('scenario') ?? '';
    const scenario = scenarios[name];
    if (url.pathname !== '/reports' || !scenario) {
      response.writeHead(404, { ...cors, 'content-type': 'application/json' }).end('{"error":"not_found"}');
      return;
    }
    const now = Date.now();
    let log = logs.get(name);
    if (!log) {
      // On a whole second, like the `Date` header, so a client computing the reset from `Date` +
      // `Retry-After` lands exactly on it rather than up to a second early.
      log = { resetAt: Math.ceil((now + scenario.resetSeconds * 1000) / 1000) * 1000, statuses: [] };
      logs.set(name, log);
    }

    if (now >= log.resetAt) {
      log.statuses.push(200);
      response.writeHead(200, { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify({ reports: [{ id: 'r_1', name: 'Weekly revenue' }, { id: 'r_2', name: 'Churn by plan' }] }));
      return;
    }

    log.statuses.push(402);
    const seconds = Math.max(1, Math.ceil((log.resetAt - now) / 1000));
    const headers: Record<string, string> = {
      ...cors,
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      date: new Date(now).toUTCString(),
    };
    const exposed: string[] = [];
    if (scenario.retryAfter) {
      headers['retry-after'] = String(seconds);
      exposed.push('Retry-After');
    }
    if (scenario.rateLimit) {
      headers['ratelimit-policy'] = '"reports";q=100;w=86400';
      headers['ratelimit'] = `"reports";r=0;t=${seconds}`;
      exposed.push('RateLimit', 'RateLimit-Policy');
    }
    if (scenario.expose && exposed.length > 0) headers['access-control-expose-headers'] = exposed.join(', ');

    // The body says what ran out but not when it resets: only the headers know that.
    response.writeHead(402, headers);
    response.end(
      JSON.stringify({
        type: 'https://iana.org/assignments/http-problem-types#quota-exceeded',
        title: 'Report quota exceeded',
        status: 402,
        detail: 'Your plan includes 100 reports a day and you have used them all.',
        limit: 100,
        used: 100,
        remaining: 0,
      }),
    );
  };

  const running = await listen(createServer(handle));
  return { ...running, log: (scenario) => logs.get(scenario) };
}
