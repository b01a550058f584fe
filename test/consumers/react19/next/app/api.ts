import { assertOk } from 'react-payment-required/core';

/**
 * Calls the billing API; non-2xx responses throw (402s become incidents). The test runner passes
 * the API origin and a fresh account in the page's query string; read at call time, in the browser.
 */
export function api<T>(path: string, init?: RequestInit): Promise<T> {
  const params = new URLSearchParams(window.location.search);
  const account = params.get('account') ?? 'demo';
  return fetch(`${params.get('api') ?? ''}${path}?account=${encodeURIComponent(account)}`, init)
    .then(assertOk)
    .then((response) => response.json() as Promise<T>);
}
