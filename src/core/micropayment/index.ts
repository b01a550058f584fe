export {
  PaymentVault,
  defaultPaymentVault,
  requestKey,
  type PaymentHeaders,
  type PaymentTarget,
  type PaymentRefusal,
  type PaymentVaultOptions,
} from './paymentVault';
export { paymentHeadersFrom, holdPaymentForRetry, paymentUrlOf, type MicropaymentPayResult } from './paymentHeaders';
export { withPayments, readPaymentSettlement, type FetchFunction, type PaymentFetchOptions, type PaymentSettlement } from './paymentFetch';
