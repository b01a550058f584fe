'use client';
export * from './dialog';
export * from './shared';
export * from './update-payment';
export * from './plan-upgrade';
export * from './quota';
export * from './micropayment';
export { PaymentRequiredHost, type PaymentRequiredHostProps } from './PaymentRequiredHost';
