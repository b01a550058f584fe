import type { PaymentRequiredIncident } from './types';

/**
 * The key that decides whether two 402s are the same problem. Twenty queries failing because
 * the card was declined are one incident; a declined card and a plan limit are two.
 * Micropayments are per request, so each resource is its own cause.
 */
export function causeOf(incident: PaymentRequiredIncident): string {
  const parts: unknown[] = [incident.reason, incident.code, incident.declineCode, incident.plan?.required?.id];
  if (incident.reason === 'micropayment_required') {
    parts.push(incident.micropayment?.resource ?? incident.url);
  }
  return JSON.stringify(parts);
}
