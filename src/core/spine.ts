// What the root entry re-exports from /core: all of it but the event redactor. esbuild assigns a
// module to chunks by what the entries import, used or not, so a redactor re-exported by the root
// would sit in the initial chunk of every provider app instead of in the lazy parser chunk.
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
