/**
 * What leaves the app through `onIncident` (analytics, monitoring) must not carry credentials.
 * A request URL can hold `?access_token=…`, a billing-portal link is a login for whoever opens
 * it, and an L402 challenge carries a macaroon. Events are redacted by default; an app opts in
 * to the fields it needs unredacted.
 */

import type { IncidentEvent } from './events';

/** Fields of an incident event that are redacted unless the app opts in to them. */
export type RedactedEventField = 'url' | 'links' | 'message' | 'micropayment';

/** Marks what was removed, so a monitoring view shows that something was there. */
const REDACTED = 'redacted';

// A path segment that reads like a secret: long, letters and digits mixed (session ids, signed tokens).
const SECRET_SEGMENT = /^(?=[\w.~-]*\d)(?=[\w.~-]*[a-z])[\w.~-]{24,}$/i;
// Segments after which the next one is a bearer secret whatever its length (Stripe's
// `/p/session/<token>`, magic links, invitations).
const SECRET_AFTER = /^(?:sessions?|tokens?|login|magic|invite|invitations?|auth|reset|verify|confirm)$/i;
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"']{1,2048}/gi;
// Lightning invoices, and long base64/base64url/hex blobs (macaroons, signed payloads).
const SECRET_IN_TEXT = /\bln(?:bc|tb|bcrt|sb)[0-9a-z]{20,}\b|[A-Za-z0-9+/_-]{40,}={0,2}/g;

/**
 * A URL without what grants access: user info, query string and fragment removed, and secret-like
 * path segments replaced by `redacted`. `https://u:p@pay.example.com/p/session/abc?t=1` →
 * `https://pay.example.com/p/session/redacted`.
 */
export function redactUrl(url: string): string {
  const text = url.slice(0, 4096);
  const withoutQuery = text.replace(/[?#].*$/s, '');
  const scheme = /^[a-z][a-z\d+.-]*:\/\//i.exec(withoutQuery)?.[0] ?? (withoutQuery.startsWith('//') ? '//' : '');
  let rest = withoutQuery.slice(scheme.length);
  let authority = '';
  if (scheme) {
    const end = rest.search(/[/\\]/);
    authority = end === -1 ? rest : rest.slice(0, end);
    rest = end === -1 ? '' : rest.slice(end);
    // User info (`user:pass@`) is a credential: keep only the host.
    authority = authority.slice(authority.lastIndexOf('@') + 1);
  }
  const segments = rest.split('/');
  const path = segments
    .map((segment, i) => (SECRET_SEGMENT.test(segment) || (i > 0 && SECRET_AFTER.test(segments[i - 1] ?? '') && segment) ? REDACTED : segment))
    .join('/');
  return `${scheme}${authority}${path}`;
}

/** Text with the URLs in it redacted and secret-like blobs (invoices, macaroons, tokens) removed. */
export function redactText(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => redactUrl(url)).replace(SECRET_IN_TEXT, REDACTED);
}

/**
 * An incident event as monitoring may receive it: the request URL without its query string or
 * credentials, links without session tokens, URLs and secrets in the message removed, and the
 * micropayment request without the server's raw options (for L402, the macaroon and invoice).
 * `reveal` lists the fields to pass as they are. Card data and the raw body are never in
 * events (see `summarizeIncident`).
 */
export function redactIncidentEvent(event: IncidentEvent, reveal: readonly RedactedEventField[] = []): IncidentEvent {
  const keep = new Set(reveal);
  const incident = { ...event.incident };
  if (!keep.has('url') && incident.url !== undefined) incident.url = redactUrl(incident.url);
  if (!keep.has('links')) {
    incident.links = Object.fromEntries(
      Object.entries(incident.links).map(([kind, link]) => [kind, typeof link === 'string' ? redactUrl(link) : link]),
    ) as typeof incident.links;
  }
  if (!keep.has('message') && incident.message !== undefined) incident.message = redactText(incident.message);
  if (!keep.has('micropayment') && incident.micropayment) {
    // `payTo` stays: a wallet address is public, and monitoring may need to see who asked.
    const { resource, description } = incident.micropayment;
    incident.micropayment = {
      ...incident.micropayment,
      resource: resource === undefined ? undefined : redactUrl(resource),
      description: description === undefined ? undefined : redactText(description),
      options: [],
    };
  }
  const redacted = { ...event, incident };
  if (redacted.type === 'render_failed' && redacted.error && !keep.has('message')) {
    redacted.error = { ...redacted.error, message: redactText(redacted.error.message) };
  }
  return redacted;
}
