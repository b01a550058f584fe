import { readFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PaymentRequiredReason } from '../../src/core/types';
import { listen, type RunningServer } from '../support/listen';

/** What the test server answers: a status, headers and a body (objects are sent as JSON). */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** One request the server received. */
export interface Received {
  method: string;
  path: string;
  body: string;
}

/** A server on 127.0.0.1 at a random port, with the requests it received. */
export interface ReplyServer extends RunningServer {
  received: Received[];
}

/** Serves `handler` (a node:http listener, e.g. a tRPC adapter) on 127.0.0.1 at a random port. */
export async function listenOn(handler: RequestListener, received: Received[] = []): Promise<ReplyServer> {
  return { ...(await listen(createServer(handler))), received };
}

/** Starts a server that answers every request with `reply(request)`. */
export function startReplyServer(reply: (request: Received) => Reply): Promise<ReplyServer> {
  const received: Received[] = [];
  return listenOn((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { method: req.method ?? 'GET', path: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8') };
      if (request.method !== 'OPTIONS') received.push(request);
      const { status, headers = {}, body } = request.method === 'OPTIONS' ? ({ status: 204 } as Reply) : reply(request);
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      // CORS, so jsdom's XMLHttpRequest (axios in the browser) may read the reply and its headers.
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-expose-headers': '*' };
      res.writeHead(status, { ...cors, ...headers, 'content-length': String(Buffer.byteLength(text)) });
      res.end(text);
    });
  }, received);
}

/** One shared 402 fixture (see /work/shared/fixtures/402/README.md). */
export interface Fixture extends Reply {
  id: string;
  headers: Record<string, string>;
  expected: { reason: PaymentRequiredReason };
}

// The shared fixtures sit beside the clone: <clone>/../shared/fixtures/402/fixtures.json
const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/402/fixtures.json');
const fixtures = new Map((JSON.parse(readFileSync(file, 'utf8')) as Fixture[]).map((f) => [f.id, f]));

/** A fixture by id, served as it was captured. */
export function fixture(id: string): Fixture {
  const f = fixtures.get(id);
  if (!f) throw new Error(`no 402 fixture ${id}`);
  return f;
}

/** A non-payment failure for the "gives null" cases. */
export const notFound: Reply = { status: 404, headers: { 'content-type': 'application/json' }, body: { message: 'Not found' } };
