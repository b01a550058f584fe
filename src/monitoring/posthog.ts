import type { IncidentEvent, IncidentEventType } from '../core/events';
import { incidentAttributes, report } from './attributes';

/** The one call the reporter makes, as `posthog-js` (and `posthog-node` through a wrapper) provides it. */
export interface PostHogLike {
  capture(event: string, properties: Record<string, unknown>): unknown;
}

/** Options of {@link posthogIncidentReporter}. */
export interface PostHogReporterOptions {
  /** Events to capture. Default: all. */
  events?: readonly IncidentEventType[];
  /** Event name for a type. Default `payment_required_<type>` (`payment_required_shown` …). */
  eventName?: (type: IncidentEventType) => string;
}

/**
 * An `onIncident` handler for PostHog: each incident event becomes `posthog.capture(
 * 'payment_required_<type>', properties)` with the reason, codes, plan, quota and micropayment
 * figures as properties, so funnels can follow shown → resolved. Carries no card data, raw body,
 * message or links.
 *
 * ```tsx
 * import posthog from 'posthog-js';
 * <PaymentRequiredProvider onIncident={posthogIncidentReporter(posthog)} />
 * ```
 */
export function posthogIncidentReporter(posthog: PostHogLike, options: PostHogReporterOptions = {}): (event: IncidentEvent) => void {
  const name = options.eventName ?? ((type) => `payment_required_${type}`);
  return (event) => {
    if (options.events && !options.events.includes(event.type)) return;
    report(() => posthog.capture(name(event.type), incidentAttributes(event)));
  };
}
