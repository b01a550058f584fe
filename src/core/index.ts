// `react-payment-required/core`: detection, parsing, schemas, the incident store and types.
// No React, no DOM: safe in Node, workers and any framework.
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
export { parsePaymentRequired } from './parse/parsePaymentRequired';
export {
  defineFormat,
  DEFAULT_STATUSES,
  type ParseOptions,
  type CustomFormat,
  type CustomFormatResult,
} from './parse/options';
export { sanitizeLink, type LinkPolicy } from './links';
export { extractHttpFailure, isPaymentRequired, toPaymentRequiredIncident } from './extract';
export { HttpError, PaymentRequiredError, assertOk, type HttpErrorInit } from './error';
export { paymentRequiredIncidentSchema } from './schema';
export { MAX_FUTURE_MS } from './time';
export { MAX_BODY_CHARS } from './text';
export {
  IncidentStore,
  createIncidentStore,
  type IncidentStoreOptions,
  type IncidentEntry,
  type IncidentSnapshot,
  type BlockedOperation,
  type ResumeOperation,
} from './store';
export { summarizeIncident, type IncidentEvent, type IncidentEventType, type IncidentSummary } from './events';
export { causeOf } from './cause';
export { Subscribable } from './subscribable';
