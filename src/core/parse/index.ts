// `react-payment-required/parse`: reads a 402 (any of the wire formats it knows) into an incident.
// Framework-free like /core, and its own entry because it is most of the library's bytes: the
// React layer loads it only when a payment problem actually happens.
export { parsePaymentRequired } from './parsePaymentRequired';
export { toPaymentRequiredIncident, isPaymentRequired } from './detect';
export { defineFormat, DEFAULT_STATUSES, type ParseOptions, type CustomFormat, type CustomFormatResult } from './options';
export { sanitizeLink, type LinkPolicy } from '../links';
export { paymentRequiredIncidentSchema } from '../schema';
