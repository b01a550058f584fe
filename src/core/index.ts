// `react-payment-required/core`: the incident store, HTTP errors, detection and types.
// No React, no DOM: safe in Node, workers and any framework. The parser is its own entry,
// `react-payment-required/parse`, so code that only reports or reads incidents stays small.
export * from './spine';
export { redactIncidentEvent, type RedactedEventField } from './redact';
