import type { IncidentEvent } from '../core/events';

/** One incident event as flat, low-risk key/values for analytics and tracing backends. */
export type IncidentAttributes = Record<string, string | number>;

/**
 * The fields of an incident event that monitoring tools index, flattened (`quota_remaining`,
 * `plan_required`). Read from the event's summary, which carries no card data and no raw body;
 * the server's message and links are left out too (free text and URLs belong to the app to send).
 */
export function incidentAttributes(event: IncidentEvent): IncidentAttributes {
  const { incident } = event;
  const all: Record<string, string | number | undefined> = {
    event: event.type,
    incident_id: event.id,
    reason: incident.reason,
    status: incident.status,
    format: incident.format,
    blocked: event.blocked,
    code: incident.code,
    decline_code: incident.declineCode,
    feature: incident.feature,
    plan_current: incident.plan?.current?.id,
    plan_required: incident.plan?.required?.id,
    quota_limit: incident.quota?.limit,
    quota_used: incident.quota?.used,
    quota_remaining: incident.quota?.remaining,
    quota_unit: incident.quota?.unit,
    quota_reset_at: incident.quota?.resetAt,
    retry_at: incident.retryAt,
    micropayment_protocol: incident.micropayment?.protocol,
    micropayment_amount: incident.micropayment?.displayAmount ?? incident.micropayment?.amount,
    micropayment_currency: incident.micropayment?.currency,
    micropayment_network: incident.micropayment?.network,
    url: incident.url,
    error_name: event.type === 'render_failed' ? event.error?.name : undefined,
  };
  const out: IncidentAttributes = {};
  for (const [key, value] of Object.entries(all)) if (value !== undefined) out[key] = value;
  return out;
}

/** Runs a monitoring call so that a throwing SDK never reaches the app or the incident flow. */
export function report(send: () => void): void {
  try {
    send();
  } catch {
    // Monitoring is best effort: the payment flow goes on without it.
  }
}
