import { assertOk } from 'react-payment-required';

// The test runner passes the API origin and a fresh account in the page's query string.
const params = new URLSearchParams(window.location.search);
const API = params.get('api') ?? '';
const ACCOUNT = params.get('account') ?? 'demo';

/** Calls the billing API; non-2xx responses throw (402s become incidents). */
export function api<T>(path: string, init?: RequestInit): Promise<T> {
  return fetch(`${API}${path}?account=${encodeURIComponent(ACCOUNT)}`, init)
    .then(assertOk)
    .then((response) => response.json() as Promise<T>);
}

/** `?scheme=light-dark` makes the page declare `color-scheme: light dark`, as many sites do. */
export function declarePageColorScheme() {
  if (params.get('scheme') !== 'light-dark') return;
  const style = document.createElement('style');
  style.textContent = ':root { color-scheme: light dark; }';
  document.head.append(style);
}
