import { createServer, type RequestListener } from 'node:http';
import { realFixture, type RealFixture } from '../fixtures/402';
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

/** A real 402 fixture (test/fixtures/402), served as it was captured. */
export const fixture: (id: string) => RealFixture = realFixture;

/** A non-payment failure for the "gives null" cases. */
export const notFound: Reply = { status: 404, headers: { 'content-type': 'application/json' }, body: { message: 'Not found' } };
