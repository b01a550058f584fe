import type { IncidentEvent } from '../core/events';
import { incidentAttributes, report } from './attributes';

type Attributes = Record<string, string | number>;

/** The part of an OpenTelemetry span the reporter uses. */
export interface SpanLike {
  addEvent(name: string, attributes?: Attributes): unknown;
  end(): void;
}

/**
 * The parts of `@opentelemetry/api` the reporter uses: pass `{ trace, metrics }` from it.
 * Nothing is imported from OpenTelemetry.
 */
export interface OpenTelemetryLike {
  trace: {
    getActiveSpan(): SpanLike | undefined;
    getTracer(name: string): { startSpan(name: string, options?: { attributes?: Attributes }): SpanLike };
  };
  metrics: {
    getMeter(name: string): { createCounter(name: string, options?: { description?: string; unit?: string }): { add(value: number, attributes?: Attributes): void } };
  };
}

const prefixed = (attributes: Record<string, string | number>): Attributes => {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) out[`payment_required.${key}`] = value;
  return out;
};

/**
 * An `onIncident` handler for OpenTelemetry: each incident event is a span event
 * `payment_required.<type>` on the active span (or on a short span of its own when none is active),
 * and counts in the `payment_required.incident_events` counter by event type, reason and format.
 * Attributes are prefixed `payment_required.`; no card data, raw body, message or links.
 *
 * ```tsx
 * import { metrics, trace } from '@opentelemetry/api';
 * <PaymentRequiredProvider onIncident={openTelemetryIncidentReporter({ trace, metrics })} />
 * ```
 */
export function openTelemetryIncidentReporter(api: OpenTelemetryLike): (event: IncidentEvent) => void {
  const scope = 'react-payment-required';
  let counter: ReturnType<ReturnType<OpenTelemetryLike['metrics']['getMeter']>['createCounter']> | undefined;
  return (event) => {
    const attributes = prefixed(incidentAttributes(event));
    const name = `payment_required.${event.type}`;
    report(() => {
      const active = api.trace.getActiveSpan();
      if (active) {
        active.addEvent(name, attributes);
      } else {
        const span = api.trace.getTracer(scope).startSpan(name, { attributes });
        span.addEvent(name, attributes);
        span.end();
      }
    });
    report(() => {
      counter ??= api.metrics.getMeter(scope).createCounter('payment_required.incident_events', { description: 'Payment-required incident events, by type and reason.' });
      counter.add(1, { 'payment_required.event': event.type, 'payment_required.reason': event.incident.reason, 'payment_required.format': event.incident.format });
    });
  };
}
