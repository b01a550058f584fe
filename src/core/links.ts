import type { BillingLinks } from './types';

/**
 * Which server links an app accepts (`parseOptions.links`). Kept: URLs in the base origin,
 * same-origin paths (`/billing`), and `https:` URLs (`http:` on localhost) in `allowedOrigins`
 * or anywhere when it is unset. Never other schemes, credentials, `//host` or hidden characters.
 * Dropped links are reported once each with `console.warn` in development builds. See SECURITY.md.
 */
export interface LinkPolicy {
  /**
   * Origins absolute links must belong to (`https://billing.stripe.com`, `https://*.example.com`
   * for any subdomain). Unset, any `https:` host is kept. The base origin is always allowed.
   */
  allowedOrigins?: readonly string[];
  /** What relative links resolve against; defaults to `location.origin` where there is one. */
  baseUrl?: string;
  /** Keep `http:` links to localhost, 127.0.0.1 and [::1] (development). Default true. */
  allowHttpLocalhost?: boolean;
}

// Whitespace, controls, backslashes, zero-width and bidi characters: tricks that make a URL parse
// differently from how it reads, so such links are dropped rather than repaired.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TRICKS = /[\s\u0000-\u001f\u007f-\u009f\\\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;

const originOf = (url: string | undefined): string | undefined => {
  try {
    const o = url ? new URL(url).origin : undefined;
    return o && o !== 'null' ? o : undefined;
  } catch {
    return undefined;
  }
};

const allows = (pattern: string, u: URL): boolean => {
  // `https://*.example.com` admits any subdomain (not the apex); hosts compare in lower case.
  const wild = /^(https?:)\/\/\*(\.[^/]+)/i.exec(pattern);
  return wild
    ? u.protocol === wild[1]?.toLowerCase() && u.host.endsWith((wild[2] ?? '').toLowerCase())
    : originOf(pattern) === u.origin;
};

/**
 * A link from a server, or undefined when it is unsafe. Kept, when it has no credentials and no
 * hidden characters: a same-origin path such as `/billing` (never `//host` or `\host`), a URL in
 * the base origin, or an `https:` (or localhost `http:`) URL in an allowed origin. Returns the
 * normalised absolute URL (or the path without a base); a kept link passes again unchanged.
 */
export function sanitizeLink(url: unknown, policy: LinkPolicy = {}): string | undefined {
  if (typeof url !== 'string' || !url || url.length > 2048 || TRICKS.test(url)) return undefined;
  const base = originOf(policy.baseUrl ?? (globalThis as { location?: { origin?: string } }).location?.origin);
  try {
    if (url[0] === '/') {
      if (url[1] === '/') return undefined;
      if (!base) return url;
      const u = new URL(url, base);
      return u.origin === base ? u.href : undefined;
    }
    const u = new URL(url);
    if (u.username || u.password) return undefined;
    // The page's own origin, written out in full: kept like the same-origin path it resolves from.
    if (u.origin === base) return u.href;
    const local = /^(localhost|127\.0\.0\.1|\[::1\])$/.test(u.hostname);
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local && policy.allowHttpLocalhost !== false)) {
      return undefined;
    }
    const allowed = policy.allowedOrigins;
    return !allowed || allowed.some((p) => allows(p, u)) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// URLs already reported. Bounded, so a server inventing a new URL per response cannot grow it.
const reported = new Set<string>();

function reportDropped(url: string): void {
  if (reported.has(url) || reported.size >= 100) return;
  reported.add(url);
  console.warn(
    `react-payment-required: dropped the server link ${JSON.stringify(url.slice(0, 200))}: the link policy keeps https: links ` +
      "(http: only on localhost) in the page's origin or in `links.allowedOrigins`, and same-origin paths.",
  );
}

/**
 * {@link sanitizeLink} for a link that came from a server. In development a dropped link is
 * reported once per distinct URL with `console.warn`, so an app whose billing link vanished
 * learns why (typically: add its origin to `links.allowedOrigins`).
 */
export function serverLink(url: unknown, policy?: LinkPolicy): string | undefined {
  const safe = sanitizeLink(url, policy);
  if (safe === undefined && typeof url === 'string' && url) {
    // Bundlers replace the exact text `process.env.NODE_ENV`, so it is written out in full, at the
    // call (no `?.`, no `globalThis.process`, no helper): production builds fold the test to
    // `false` and drop the warning and its text. Unbundled in a browser there is no `process`:
    // the ReferenceError is caught and nothing is said.
    try {
      if (process.env.NODE_ENV !== 'production') reportDropped(url);
    } catch {
      // no `process`: not a development build we can tell apart
    }
  }
  return safe;
}

// First match wins: an upgrade or support page often sits under /billing too.
const KINDS: [keyof BillingLinks, RegExp][] = [
  ['upgrade', /upgrade|pricing|\bplans?\b|checkout|subscribe/],
  ['support', /support|contact|help/],
  ['docs', /\bdocs?\b|documentation|guide|learn/],
  ['billingPortal', /billing|portal|credit|payment|account|setting|top ?up|balance|wallet|fund|manage|invoice|usage/],
];

/** Which billing link a URL or a field name (`upgrade_url`, `billing portal url`) stands for. */
export function linkKind(text: string): keyof BillingLinks | undefined {
  const t = text.toLowerCase();
  return KINDS.find(([, re]) => re.test(t))?.[0];
}

/**
 * Safe URLs written into prose ("…purchase more at https://openrouter.ai/settings/credits"),
 * keyed by what the URL (else the words around it) looks like; unrecognised ones count as docs.
 */
export function linksInText(text: string, policy?: LinkPolicy): BillingLinks {
  const links: BillingLinks = {};
  for (const m of text.slice(0, 4096).matchAll(/\bhttps?:\/\/[^\s<>"'`]{1,2000}/gi)) {
    const url = serverLink(m[0].replace(/[.,;:!?)\]}]+$/, ''), policy);
    if (!url) continue;
    const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    // Only the first label of the host counts (billing.…, docs.…), never the domain's own words.
    const kind = linkKind(m[0].replace(/^https?:\/\/[^/]*/i, (host) => host.replace(/\..*/, ''))) ?? linkKind(around) ?? 'docs';
    links[kind] ??= url;
  }
  return links;
}
