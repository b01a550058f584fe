// `react-payment-required/monitoring`: `onIncident` handlers for Sentry, PostHog and
// OpenTelemetry. Each takes the SDK object you already use; nothing here imports an SDK, React or
// the DOM, and unused reporters are tree-shaken away.
export { sentryIncidentReporter, type SentryLike, type SentryLevel, type SentryReporterOptions } from './sentry';
export { posthogIncidentReporter, type PostHogLike, type PostHogReporterOptions } from './posthog';
export { openTelemetryIncidentReporter, type OpenTelemetryLike, type SpanLike } from './openTelemetry';
export { incidentAttributes, type IncidentAttributes } from './attributes';
