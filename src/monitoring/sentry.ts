import type { IncidentEvent, IncidentEventType } from '../core/events';
import { incidentAttributes, report } from './attributes';

/** Sentry severity levels the reporter uses. */
export type SentryLevel = 'info' | 'warning' | 'error';

/**
 * The two calls the reporter makes, as `@sentry/browser`, `@sentry/react`, `@sentry/node` (the
 * namespace) or a `Scope` provide them. Nothing is imported from Sentry.
 */
export interface SentryLike {
  addBreadcrumb(breadcrumb: { category: string; message: string; level: SentryLevel; data: Record<string, unknown> }): void;
  captureMessage(
    message: string,
    context: { level: SentryLevel; tags: Record<string, string>; contexts: Record<string, Record<string, unknown>>; fingerprint: string[] },
  ): unknown;
}

/** Options of {@link sentryIncidentReporter}. */
export interface SentryReporterOptions {
  /** Events that also become a Sentry event (every event is a breadcrumb). Default `['shown', 'render_failed']`. */
  capture?: readonly IncidentEventType[];
  /** Level of captured events; `render_failed` is always `error`. Default `'warning'`. */
  level?: SentryLevel;
}

/**
 * An `onIncident` handler for Sentry: a `payment-required` breadcrumb for every event (so a later
 * error shows the 402 that preceded it), and for `shown` a Sentry event tagged with the reason,
 * code, decline code and format, grouped by reason and code. A prompt that failed to render is
 * reported as an error. Carries no card data, raw body, message or links.
 *
 * ```tsx
 * import * as Sentry from '@sentry/react';
 * <PaymentRequiredProvider onIncident={sentryIncidentReporter(Sentry)} />
 * ```
 */
export function sentryIncidentReporter(sentry: SentryLike, options: SentryReporterOptions = {}): (event: IncidentEvent) => void {
  const capture = options.capture ?? ['shown', 'render_failed'];
  return (event) => {
    const data = incidentAttributes(event);
    const level: SentryLevel = event.type === 'render_failed' ? 'error' : options.level ?? 'warning';
    report(() => sentry.addBreadcrumb({ category: 'payment-required', message: `${event.type}: ${event.incident.reason}`, level: event.type === 'render_failed' ? 'error' : 'info', data }));
    if (!capture.includes(event.type)) return;
    const tags: Record<string, string> = { 'payment_required.reason': event.incident.reason, 'payment_required.event': event.type, 'payment_required.format': event.incident.format };
    if (event.incident.code) tags['payment_required.code'] = event.incident.code.slice(0, 200);
    if (event.incident.declineCode) tags['payment_required.decline'] = event.incident.declineCode.slice(0, 200);
    const title = event.type === 'render_failed' ? `Payment prompt failed to render (${event.incident.reason})` : `Payment required: ${event.incident.reason}`;
    report(() =>
      sentry.captureMessage(title, {
        level,
        tags,
        contexts: { payment_required: data },
        fingerprint: ['payment-required', event.type, event.incident.reason, event.incident.code ?? ''],
      }),
    );
  };
}
