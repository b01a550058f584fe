import type { PaymentRequiredIncident } from './types';

/**
 * The key that decides whether two 402s are the same problem. Twenty queries failing because
 * the card was declined are one incident; a declined card and a plan limit are two.
 * Micropayments (asked, or paid and refused) are per request and per price: each request URL,
 * resource, amount, asset and network is its own cause, so one prompt never blocks a request
 * it does not show, nor shows an amount other than the one it pays.
 */
export function causeOf(incident: PaymentRequiredIncident): string {
  const parts: unknown[] = [incident.reason, incident.code, incident.declineCode, incident.plan?.required?.id];
  const request = incident.micropayment;
  if (incident.reason === 'micropayment_required' || request) {
    parts.push(
      incident.url,
      request?.resource,
      request?.amount,
      request?.displayAmount,
      request?.currency,
      request?.asset,
      request?.network,
      request?.payTo,
    );
  }
  return JSON.stringify(parts);
}
