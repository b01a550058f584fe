import type { IncidentEvent } from './events';
import type { RedactedEventField } from './redact';

const REDACTED = 'redacted';

/** Only the origin of a URL (no path, query, fragment or user info), or `redacted` when it has none. */
function originOnly(url: string): string {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? REDACTED : origin;
  } catch {
    return REDACTED;
  }
}

/**
 * `redactIncidentEvent`, stricter and far smaller: URLs keep only their origin and free text is
 * dropped. The provider delivers events synchronously, and the full redactor rides in the lazy
 * parser chunk; an event that comes before that chunk (an incident an app reported by hand right
 * after mount) goes out with this one instead, so it is never late and never carries more.
 */
export function redactEventStrictly(event: IncidentEvent, reveal: readonly RedactedEventField[] = []): IncidentEvent {
  const keep = (field: RedactedEventField) => reveal.includes(field);
  const incident = { ...event.incident };
  if (!keep('url') && incident.url !== undefined) incident.url = originOnly(incident.url);
  if (!keep('links')) {
    incident.links = Object.fromEntries(
      Object.entries(incident.links).map(([kind, link]) => [kind, typeof link === 'string' ? originOnly(link) : link]),
    ) as typeof incident.links;
  }
  if (!keep('message') && incident.message !== undefined) incident.message = REDACTED;
  if (!keep('micropayment') && incident.micropayment) {
    const { resource, description } = incident.micropayment;
    incident.micropayment = {
      ...incident.micropayment,
      resource: resource === undefined ? undefined : originOnly(resource),
      description: description === undefined ? undefined : REDACTED,
      options: [],
    };
  }
  const redacted = { ...event, incident };
  if (redacted.type === 'render_failed' && redacted.error && !keep('message')) {
    redacted.error = { ...redacted.error, message: REDACTED };
  }
  return redacted;
}
