// `react-payment-required/micropayment`: paying per request (x402, L402 …). `withPayments(fetch)`
// attaches the header the app's `onPay` returned to the one retry of that request. Framework-free.
export {
  PaymentVault,
  defaultPaymentVault,
  type PaymentHeaders,
  type PaymentTarget,
  type PaymentStatus,
  type PaymentRefusal,
  type PaymentVaultOptions,
} from './paymentVault';
export { paymentTargetOf, type MicropaymentPayResult } from './paymentHeaders';
export { withPayments, readPaymentSettlement, type FetchFunction, type PaymentFetchOptions, type PaymentSettlement } from './paymentFetch';
