'use client';
// `react-payment-required/components`: the prebuilt, themeable UI for each reason, its theme
// tokens and its message catalogues. Import `react-payment-required/styles.css` once as well.
export * from './dialog';
export * from './shared';
export * from './update-payment';
export * from './plan-upgrade';
export * from './quota';
export * from './micropayment';
export { PaymentRequiredHost, type PaymentRequiredHostProps } from './PaymentRequiredHost';
export * from '../theme';
export * from '../messages';
