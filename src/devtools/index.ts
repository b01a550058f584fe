'use client';
// `react-payment-required/devtools`: a development panel to render inside the provider.
// Kept out of the main entry; renders nothing (and bundles to almost nothing) in production.
export { PaymentRequiredDevtools } from './PaymentRequiredDevtools';
export type { PaymentRequiredDevtoolsProps } from './DevtoolsPanel';
export { SIMULATED_RESPONSES, simulateIncident } from './simulatedResponses';
