import type { PaymentRequiredIncident } from './types';

/**
 * What monitoring sees of an incident: everything but the card on file and the raw body,
 * so an analytics pipe can never receive card data or unreviewed server payloads.
 */
export type IncidentSummary = Omit<PaymentRequiredIncident, 'paymentMethod' | 'raw'>;

/** Fields every incident event carries. */
interface IncidentEventBase {
  /** Store id of the incident. */
  id: string;
  incident: IncidentSummary;
  /** How many queries and mutations wait on it. */
  blocked: number;
  /** Epoch ms when the event happened. */
  at: number;
}

/** What a `render_failed` event says of the error: its name and message, cleaned, capped and redacted. */
export interface RenderFailure {
  name: string;
  message: string;
}

/**
 * Lifecycle events of incidents, for `onIncident` (monitoring, analytics). `render_failed`: the
 * prebuilt prompt for the incident threw while rendering, and the generic dialog was shown
 * instead (once per incident); the app kept running.
 */
export type IncidentEvent =
  | (IncidentEventBase & { type: 'shown' })
  | (IncidentEventBase & { type: 'updated' })
  | (IncidentEventBase & { type: 'dismissed' })
  | (IncidentEventBase & { type: 'reopened' })
  | (IncidentEventBase & { type: 'resolved' })
  // `error` is optional in the type only so that lifecycle events can be built generically; the host always sets it.
  | (IncidentEventBase & { type: 'render_failed'; error?: RenderFailure });

/** Every event type, for exhaustive handling. */
export type IncidentEventType = IncidentEvent['type'];

/** Strips card data and the raw body from an incident. */
export function summarizeIncident(incident: PaymentRequiredIncident): IncidentSummary {
  const { paymentMethod: _card, raw: _raw, ...summary } = incident;
  return summary;
}
