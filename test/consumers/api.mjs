// The consumer apps' backend: a tiny billing API on 127.0.0.1 that answers a Stripe-style 402
// (card declined) to the usage query and to the create-project mutation of an account until that
// account has paid (an account whose id ends in `-x402` gets an x402 challenge to its usage query
// instead), and records every request so the runner can count them.
import { createServer } from 'node:http';

/** What Stripe sends with a 402 for a declined card (shape of a real `card_error`). */
const CARD_DECLINED = {
  error: {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
    payment_method: { card: { brand: 'visa', last4: '4242', exp_month: 4, exp_year: 2030 } },
  },
};

/** An x402 v1 challenge (USDC on Base), as the x402 middleware sends it for a paid resource. */
const X402_CHALLENGE = {
  x402Version: 1,
  error: 'X-PAYMENT header is required',
  accepts: [
    {
      scheme: 'exact',
      network: 'base',
      maxAmountRequired: '10000',
      resource: 'https://api.example.com/usage',
      description: 'Usage report',
      mimeType: 'application/json',
      payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C',
      maxTimeoutSeconds: 60,
      asset: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
      extra: { name: 'USD Coin', version: '2' },
    },
  ],
};

/**
 * @typedef {{ method: string, path: string, status: number, body: unknown }} ApiRequest
 * @typedef {{ origin: string, requests: (account: string) => ApiRequest[], close: () => Promise<void> }} ConsumerApi
 */

/**
 * Starts the API. Routes (each takes `?account=<id>`, so every page load gets a fresh account):
 * `GET /usage`, `POST /projects` (JSON `{ name }`), `POST /pay` (marks the account paid).
 * Any origin may call it (CORS), as the apps are served from another port.
 * @returns {Promise<ConsumerApi>}
 */
export async function startConsumerApi() {
  /** @type {Map<string, { paid: boolean, requests: ApiRequest[] }>} */
  const accounts = new Map();
  const accountOf = (id) => {
    if (!accounts.has(id)) accounts.set(id, { paid: false, requests: [] });
    return accounts.get(id);
  };

  const server = createServer(async (request, response) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let text = '';
    for await (const chunk of request) text += chunk;
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    const accountId = url.searchParams.get('account') ?? '';
    const account = accountOf(accountId);
    const reply = (status, payload) => {
      account.requests.push({ method: request.method ?? '', path: url.pathname, status, body });
      response.writeHead(status, { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(payload));
    };

    const route = `${request.method} ${url.pathname}`;
    if (route === 'POST /pay') {
      account.paid = true;
      reply(200, { paid: true });
    } else if (route === 'GET /usage') {
      if (account.paid) reply(200, { requests: 1234, limit: 5000 });
      // An account whose id names x402 pays per request instead.
      else reply(402, accountId.endsWith('-x402') ? X402_CHALLENGE : CARD_DECLINED);
    } else if (route === 'POST /projects') {
      if (account.paid) reply(201, { id: 'prj_1', name: body?.name });
      else reply(402, CARD_DECLINED);
    } else {
      reply(404, { error: { message: 'not found' } });
    }
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests: (id) => accounts.get(id)?.requests ?? [],
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
