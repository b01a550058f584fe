// `react-payment-required/core`: the incident store, HTTP errors, detection and types.
// No React, no DOM: safe in Node, workers and any framework. The parser is its own entry,
// `react-payment-required/parse`, so code that only reports or reads incidents stays small.
export type {
  PaymentRequiredReason,
  WireFormat,
  PaymentMethodSummary,
  PlanRef,
  PlanRequirement,
  QuotaInfo,
  BillingLinks,
  MicropaymentProtocol,
  MicropaymentRequest,
  PaymentRequiredIncident,
  HeadersInput,
  PaymentRequiredInput,
  Plan,
  BillingInterval,
} from './types';
export { PAYMENT_REQUIRED_REASONS } from './types';
export {
  defineFormat,
  DEFAULT_STATUSES,
  type ParseOptions,
  type CustomFormat,
  type CustomFormatResult,
} from './parse/options';
export type { LinkPolicy } from './links';
export { extractHttpFailure, type FailureExtractor } from './extract';
export { HttpError, PaymentRequiredError, assertOk, type HttpErrorInit } from './error';
export {
  createIncidentStore,
  type IncidentStore,
  type IncidentStoreOptions,
  type IncidentEntry,
  type IncidentSnapshot,
  type BlockedOperation,
  type ResumeOperation,
} from './store';
export type { IncidentEvent, IncidentEventType, IncidentSummary, RenderFailure } from './events';
export { redactIncidentEvent, type RedactedEventField } from './redact';
