import { createIncidentStore } from '../../src/core/store';
import type { IncidentEvent } from '../../src/core/events';
import { redactIncidentEvent } from '../../src/core/redact';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { paymentRequiredResponse } from '../../src/server';

/** Card details the 402 carries; monitoring must never send any of them. */
export const CARD = { brand: 'visa', last4: '4242', expMonth: 4, expYear: 2031 } as const;
export const CARD_TEXT = ['4242', 'visa', '2031'];

/** A declined card as the server half sends it, parsed the way a client does. */
export async function declinedCard(): Promise<PaymentRequiredIncident> {
  const response = paymentRequiredResponse({
    reason: 'payment_failed',
    message: 'Your visa ending 4242 (exp 4/2031) was declined.',
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    paymentMethod: CARD,
    links: { billingPortal: 'https://billing.example.com/session/secret-token' },
  });
  return parsePaymentRequired({ status: response.status, headers: response.headers, body: await response.json(), url: 'https://api.example.com/invoices?access_token=secret-token' })!;
}

/**
 * Drives `incident` through a real store, as the provider wires it: shown to the user, then
 * resolved after a successful retry; every event goes to `onIncident` redacted, as the provider
 * sends it. Both events are emitted synchronously, inside the caller's context (an active span
 * stays active).
 */
export function showAndResolve(incident: PaymentRequiredIncident, onIncident: (event: IncidentEvent) => void): Promise<void> {
  const store = createIncidentStore();
  const stop = store.addEventListener((event) => onIncident(redactIncidentEvent(event)));
  store.report(incident, { blocked: { kind: 'mutation', key: 'mutation:pay' }, resume: async () => 'paid' });
  return store.resolve().finally(stop);
}

/** A declined card shown and resolved, every event sent to `onIncident`. */
export async function declinedCardIncident(onIncident: (event: IncidentEvent) => void): Promise<void> {
  await showAndResolve(await declinedCard(), onIncident);
}
