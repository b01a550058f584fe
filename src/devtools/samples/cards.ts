import type { PaymentMethodSummary } from '../../core/types';

/** A Visa on file, still valid: the card behind the sample declines. */
export const sampleVisa = { brand: 'visa', last4: '4242', expMonth: 8, expYear: 2028 } as const satisfies PaymentMethodSummary;

/** A Mastercard that expired in March 2025: the card behind the sample `expired_card`. */
export const sampleExpiredMastercard = { brand: 'mastercard', last4: '4444', expMonth: 3, expYear: 2025 } as const satisfies PaymentMethodSummary;
