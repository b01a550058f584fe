'use client';
// `react-payment-required`: the provider and hooks, plus everything in /core but
// `redactIncidentEvent` (import it from /core: see core/spine.ts). The prebuilt UI
// (components, theme, messages) is `react-payment-required/components`; the provider loads it by
// itself, on demand, when `autoUI` is on.
export * from './core/spine';
// The type of `revealInEvents`; the provider redacts `onIncident` events itself.
export type { RedactedEventField } from './core/redact';
export { getPaymentRequiredClient, type PaymentRequiredClient, type PaymentRequiredClientOptions } from './query/paymentRequiredClient';
export { OPT_OUT_META_KEY } from './query/meta';
export { retryUnlessPaymentRequired } from './query/retryUnlessPaymentRequired';
export { PaymentRequiredProvider, type PaymentRequiredProviderProps } from './react/PaymentRequiredProvider';
export {
  usePaymentRequired,
  usePaymentRequiredActions,
  type PaymentRequiredState,
  type PaymentRequiredActions,
} from './presentation/usePaymentRequired';
export type { PaymentRequiredHandlers, PaymentRequiredConfig, UpdatePaymentIntent } from './presentation/config';
export type { ThemeTokens, ThemeTokenName } from './theme/tokens';
export type { MessageOverrides } from './messages/catalog';
