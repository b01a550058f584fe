import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen } from '../../support/listen';

/** The billing API of the cross-tab test: declines until the account has paid. */
export interface BillingApi {
  origin: string;
  /** Status of every `GET /invoices` of one account, per tab, in order. */
  statuses: (account: string, tab: string) => number[];
  close: () => Promise<void>;
}

/**
 * `GET /invoices?account=&tab=`: a Stripe-style card decline (402) until `POST /pay?account=`,
 * then 200. Accounts keep tests apart; tabs tell which page sent a request. CORS for `allowOrigin`.
 */
export async function startBillingApi(allowOrigin: () => string): Promise<BillingApi> {
  const paid = new Set<string>();
  const log = new Map<string, number[]>();

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const cors = { 'access-control-allow-origin': allowOrigin(), vary: 'Origin' };
    const account = url.searchParams.get('account') ?? '';
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET, POST' }).end();
      return;
    }
    if (request.method === 'POST' && url.pathname === '/pay') {
      paid.add(account);
      response.writeHead(204, cors).end();
      return;
    }
    if (request.method !== 'GET' || url.pathname !== '/invoices') {
      response.writeHead(404, { ...cors, 'content-type': 'application/json' }).end('{"error":"not_found"}');
      return;
    }
    const key = `${account}/${url.searchParams.get('tab') ?? ''}`;
    const statuses = log.get(key) ?? [];
    log.set(key, statuses);
    const headers = { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' };
    if (paid.has(account)) {
      statuses.push(200);
      response.writeHead(200, headers).end(JSON.stringify({ invoices: [{ id: 'in_1' }, { id: 'in_2' }, { id: 'in_3' }] }));
      return;
    }
    statuses.push(402);
    response.writeHead(402, headers).end(
      JSON.stringify({
        error: { type: 'card_error', code: 'card_declined', decline_code: 'expired_card', message: 'Your card has expired.' },
      }),
    );
  };

  return {
    ...(await listen(createServer(handle))),
    statuses: (account, tab) => [...(log.get(`${account}/${tab}`) ?? [])],
  };
}
