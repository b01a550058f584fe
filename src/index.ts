'use client';
// `react-payment-required`: the provider, hooks and prebuilt components, plus everything in /core.
export * from './core';
export { PaymentRequiredClient, getPaymentRequiredClient } from './query/paymentRequiredClient';
export { OPT_OUT_META_KEY } from './query/meta';
export { PaymentRequiredProvider, type PaymentRequiredProviderProps } from './react/PaymentRequiredProvider';
export {
  usePaymentRequired,
  usePaymentRequiredActions,
  type PaymentRequiredState,
  type PaymentRequiredActions,
} from './react/usePaymentRequired';
export { usePaymentRequiredConfig } from './react/context';
export type { PaymentRequiredHandlers, PaymentRequiredConfig, UpdatePaymentIntent } from './react/config';
export * from './components';
export * from './theme';
export * from './messages';
