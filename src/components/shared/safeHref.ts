import { sanitizeLink, type LinkPolicy } from '../../core/links';

/**
 * The URL when the link policy keeps it (see `LinkPolicy`: `https:`, `http:` only on localhost,
 * the page's own origin, same-origin paths; never other schemes, credentials, `//host`, `/\host`
 * or hidden characters), else `undefined`. Server links were checked by the parser already
 * (with the app's `allowedOrigins`); this checks again at render, so a link put into an incident
 * by hand, or by a custom format, is held to the same rules.
 */
export function safeHref(url: string | undefined, policy?: LinkPolicy): string | undefined {
  return sanitizeLink(url, policy);
}
